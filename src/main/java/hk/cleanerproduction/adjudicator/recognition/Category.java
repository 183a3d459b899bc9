package hk.cleanerproduction.adjudicator.recognition;

/** Who a nomination is for (DOMAIN.md Part 1, Recognition): only MANUFACTURING can be an Excellent Partner. */
public enum Category {
    MANUFACTURING, SOURCING, ET_SERVICE_PROVIDER
}
