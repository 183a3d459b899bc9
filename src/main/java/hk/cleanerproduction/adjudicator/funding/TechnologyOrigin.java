package hk.cleanerproduction.adjudicator.funding;

public enum TechnologyOrigin {
    HK_INSTITUTION, HK_GD_JOINT, OTHER
}
