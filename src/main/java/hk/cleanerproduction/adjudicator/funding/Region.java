package hk.cleanerproduction.adjudicator.funding;

public enum Region {
    HONG_KONG, GUANGDONG, MACAO, OTHER_MAINLAND, OTHER
}
