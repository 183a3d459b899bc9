package hk.cleanerproduction.adjudicator.funding;

/** Funded items; all but NEW_TECHNOLOGY belong to earlier programme phases. */
public enum ProjectType {
    NEW_TECHNOLOGY, ON_SITE_ASSESSMENT, DEMONSTRATION, DEMONSTRATION_RESEARCH, VERIFICATION, ORGANISATION_SUPPORT
}
