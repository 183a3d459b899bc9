package hk.cleanerproduction.adjudicator.documents;

/** The two languages every document is written in: English and Traditional Chinese. */
public enum Lang {
    EN("en"), ZH("zh");

    private final String suffix;

    Lang(String suffix) {
        this.suffix = suffix;
    }

    /** The ending of a wording key in this language ({@code letter.closing.zh}). */
    String suffix() {
        return suffix;
    }
}
