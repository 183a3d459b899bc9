/**
 * Who may call the service (SPEC.md "Access"): HTTP Basic against users configured outside the code
 * with hashed passwords, three cumulative roles, 401 and 403 as problem+json.
 */
package hk.cleanerproduction.adjudicator.security;
