package hk.cleanerproduction.adjudicator.funding;

import hk.cleanerproduction.adjudicator.testing.SampleInput;
import java.nio.file.Path;

/** The README's eligible sample application, changed field by field: {@code sample().with("factory.region", "MACAO")}. */
public final class SampleApplication extends SampleInput<SampleApplication, FundingApplication> {

    public static final Path FILE = Path.of("test-data/funding/eligible-guangdong-wfoe.json");

    private SampleApplication() {
        super(FILE, FundingApplication.class);
    }

    public static SampleApplication sample() {
        return new SampleApplication();
    }
}
