/**
 * The decision service over HTTP (SPEC.md "HTTP API"): decide, read back and replay decisions, show
 * the active ruleset, RFC 9457 problem answers, idempotency keys, the OpenAPI description, the
 * ruleset's health and the decision metrics. Access rules live in {@code security}, storage in
 * {@code store}.
 */
package hk.cleanerproduction.adjudicator.http;
