package hk.cleanerproduction.adjudicator.enterprise;

public enum Region {
    HONG_KONG, GUANGDONG, MACAO, OTHER_MAINLAND, OTHER
}
