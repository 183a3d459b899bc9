package hk.cleanerproduction.adjudicator.recognition;

/** Who a nomination is for (docs/policy/recognition.md): only MANUFACTURING can be an Excellent Partner. */
public enum Category {
    MANUFACTURING, SOURCING, ET_SERVICE_PROVIDER
}
