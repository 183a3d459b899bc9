package hk.cleanerproduction.adjudicator.enterprise;

/** How the factory is connected to the Hong Kong business that applies (docs/policy/funding.md#f-con-1). */
public enum Connection {
    JOINT_VENTURE, WFOE, PROCESSING_AGREEMENT, HK_RESIDENT_OWNED, HK_FACTORY, HK_POLLUTING_WORKSHOP, NONE
}
