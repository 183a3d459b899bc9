package hk.cleanerproduction.adjudicator.testdata;

import hk.cleanerproduction.adjudicator.enterprise.Connection;
import hk.cleanerproduction.adjudicator.enterprise.Region;
import hk.cleanerproduction.adjudicator.recognition.Category;
import hk.cleanerproduction.adjudicator.recognition.Level;
import hk.cleanerproduction.adjudicator.recognition.Nomination;
import hk.cleanerproduction.adjudicator.recognition.Nomination.Enterprise;
import hk.cleanerproduction.adjudicator.recognition.Nomination.Scores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Realistic nominations of the 2024 Recognition Scheme, the same for the same seed. The first
 * {@value #CEREMONY_SIZE} are the 2024 ceremony (docs/policy/recognition.md): under the
 * default rules they give exactly 215 awards (42 Excellent Partners and 149 Partners in
 * manufacturing, 3 sourcing enterprises, 21 environmental technology service providers), among them
 * 10 Excellent nominations downgraded to Partner, and 25 refusals that show every reason code. Each
 * nomination is made from a {@link Profile} (what it is meant to show); the profiles are shuffled, so
 * the refusals are spread through the file. Larger data sets (benchmarks) repeat the mix.
 */
public final class RecognitionDataGenerator {

    public static final long DEFAULT_SEED = 20241031L;
    public static final int AWARD_YEAR = 2024;
    public static final int CEREMONY_SIZE = 240;
    private static final LocalDate CEREMONY = LocalDate.of(2024, 10, 31);

    /** What a nomination is made to show under the default rules, and how many of each the ceremony has. */
    enum Profile {
        EXCELLENT(42), EXCELLENT_SOUGHT_SCORE_TOO_LOW(4), EXCELLENT_SOUGHT_TOO_FEW_EARLIER_YEARS(4),
        EXCELLENT_SOUGHT_NO_AUDIT(2), PARTNER(139), SOURCING_PARTNER(3), ET_PARTNER(21),
        ASSESSMENT_NOT_PASSED(3), RECENT_PENALTY(3), SUBSTANTIATED_OBJECTION(2), NOT_HONG_KONG_OWNED(3),
        OPERATING_LESS_THAN_ONE_YEAR(2), MANUFACTURING_SCORE_TOO_LOW(6), SOURCING_SCORE_TOO_LOW(1),
        SOURCING_NO_SUPPLIER(1), ET_SCORE_TOO_LOW(1), ET_NO_PROGRAMME_PROJECT(1), ET_COMPLAINT(1),
        PENALTY_AND_OBJECTION(1);

        final int inCeremony;

        Profile(int inCeremony) {
            this.inCeremony = inCeremony;
        }

        Category category() {
            return name().startsWith("SOURCING") ? Category.SOURCING
                    : name().startsWith("ET_") ? Category.ET_SERVICE_PROVIDER : Category.MANUFACTURING;
        }

        boolean seeksExcellent() {
            return this == EXCELLENT || name().startsWith("EXCELLENT_SOUGHT");
        }
    }

    private static final int[] PART_MAXIMA = {20, 30, 30, 10, 10};
    private static final String[] NAME_STEMS = {"Wing Fat", "Pearl Delta", "Golden Harvest", "Tak Shing", "Kwong Hing",
        "Sun Lee", "Hop Kee", "Man Yip", "Yuen Tai", "Fook Wah", "Lung Cheong", "Chun Kee", "Hing Lung", "Bright Ocean",
        "Evergreen", "Jade River", "Lotus", "Phoenix", "Silver Bay", "Harbour Star", "Wah Shing", "On Tat", "Kin Wing",
        "Po Sang", "Tai Hing", "Ming Fung", "Yick Lee", "Cheong Kee", "Sang Hing", "Grand Pacific", "Dragon Gate",
        "Fortune Bay", "Great Wall", "Kam Hing", "Lee Kee", "New Era", "Oriental", "Regal", "Shun Fat", "Victory"};
    private static final String[] PRODUCTS = {"Plastics", "Textiles", "Dyeing", "Printing", "Metal Products", "Electronics",
        "Furniture", "Paper Products", "Food", "Ceramics", "Chemical", "Garment", "Packaging", "Watch", "Toys"};

    private final SeededRandom random;

    public RecognitionDataGenerator(long seed) {
        this.random = new SeededRandom(seed);
    }

    /** The 2024 ceremony: {@value #CEREMONY_SIZE} nominations. */
    public List<Nomination> generateCeremony() {
        return generate(CEREMONY_SIZE);
    }

    /** {@code count} nominations: the ceremony's mix of profiles, repeated and shuffled. */
    public List<Nomination> generate(int count) {
        List<Profile> ceremony = new ArrayList<>(CEREMONY_SIZE);
        for (Profile profile : Profile.values()) {
            ceremony.addAll(Collections.nCopies(profile.inCeremony, profile));
        }
        List<Profile> profiles = new ArrayList<>(count);
        while (profiles.size() < count) {
            List<Profile> round = new ArrayList<>(ceremony);
            random.shuffle(round);
            profiles.addAll(round.subList(0, Math.min(round.size(), count - profiles.size())));
        }
        List<Nomination> nominations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nominations.add(nomination(i + 1, profiles.get(i)));
        }
        return nominations;
    }

    private Nomination nomination(int sequence, Profile profile) {
        Category category = profile.category();
        int score = switch (profile) {
            case EXCELLENT -> random.between(80, 96);
            case EXCELLENT_SOUGHT_SCORE_TOO_LOW -> random.between(70, 79);
            case EXCELLENT_SOUGHT_TOO_FEW_EARLIER_YEARS, EXCELLENT_SOUGHT_NO_AUDIT -> random.between(80, 92);
            case MANUFACTURING_SCORE_TOO_LOW, SOURCING_SCORE_TOO_LOW, ET_SCORE_TOO_LOW -> random.between(42, 59);
            default -> random.between(60, 90);
        };
        boolean penalty = profile == Profile.RECENT_PENALTY || profile == Profile.PENALTY_AND_OBJECTION;
        List<LocalDate> penaltyDates = null;
        if (penalty) {
            penaltyDates = List.of(CEREMONY.minusDays(random.between(20, 350)));
        } else if (random.nextInt(100) < 4) {
            // a penalty that is older than the look-back period does not count
            penaltyDates = List.of(CEREMONY.minusMonths(12).minusDays(random.between(1, 500)));
        }
        boolean documentsFail = profile == Profile.ASSESSMENT_NOT_PASSED && random.nextBoolean();
        return new Nomination(
                String.format("RS%02d-%04d", AWARD_YEAR % 100, sequence),
                AWARD_YEAR,
                category,
                profile.seeksExcellent() || profile == Profile.MANUFACTURING_SCORE_TOO_LOW && random.nextInt(3) == 0
                        ? Level.EXCELLENT_PARTNER : Level.PARTNER,
                enterprise(category, profile),
                !documentsFail,
                profile != Profile.ASSESSMENT_NOT_PASSED || documentsFail && random.nextBoolean(),
                penalty ? 1 : 0,
                profile == Profile.SUBSTANTIATED_OBJECTION || profile == Profile.PENALTY_AND_OBJECTION,
                scores(score),
                priorAwardYears(profile),
                auditCompleted(profile),
                category == Category.SOURCING ? (profile == Profile.SOURCING_NO_SUPPLIER ? 0 : random.between(1, 12)) : 0,
                category == Category.ET_SERVICE_PROVIDER ? (profile == Profile.ET_NO_PROGRAMME_PROJECT ? 0 : random.between(1, 9)) : 0,
                profile == Profile.ET_COMPLAINT ? 1 : 0,
                penaltyDates);
    }

    private boolean auditCompleted(Profile profile) {
        return switch (profile) {
            case EXCELLENT_SOUGHT_NO_AUDIT -> false;
            case EXCELLENT, EXCELLENT_SOUGHT_SCORE_TOO_LOW, EXCELLENT_SOUGHT_TOO_FEW_EARLIER_YEARS -> true;
            default -> random.nextInt(100) < 35;
        };
    }

    private Enterprise enterprise(Category category, Profile profile) {
        String stem = random.pick(NAME_STEMS);
        String brNo = random.businessRegistrationNo();
        if (category != Category.MANUFACTURING) {
            String name = category == Category.SOURCING
                    ? stem + " " + random.pick("Trading", "Sourcing", "Garment Trading", "Merchandising") + " Ltd"
                    : stem + " " + random.pick("Environmental Engineering", "Energy Services", "Green Technology", "Environmental Consultants") + " Ltd";
            return new Enterprise(name, brNo, Region.HONG_KONG, null, null, null, LocalDate.of(random.between(1988, 2019), random.between(1, 12), 1));
        }
        String name = stem + " " + random.pick(PRODUCTS) + " " + random.pick("Ltd", "Co. Ltd", "Holdings Ltd", "Industrial Ltd");
        Connection connection = random.weighted(List.of(Connection.WFOE, Connection.JOINT_VENTURE, Connection.PROCESSING_AGREEMENT,
                Connection.HK_RESIDENT_OWNED, Connection.HK_FACTORY), 35, 20, 20, 10, 15);
        if (profile == Profile.NOT_HONG_KONG_OWNED) {
            connection = random.pick(Connection.NONE, Connection.HK_RESIDENT_OWNED, Connection.JOINT_VENTURE);
        }
        Region region = connection == Connection.HK_FACTORY ? Region.HONG_KONG : Region.GUANGDONG;
        BigDecimal factoryShare = null;
        BigDecimal applicantShare = null;
        if (connection == Connection.HK_RESIDENT_OWNED) {
            factoryShare = random.percent(profile == Profile.NOT_HONG_KONG_OWNED ? 35 : 51, profile == Profile.NOT_HONG_KONG_OWNED ? 50 : 100);
            applicantShare = random.percent(30, 100);
        }
        if (profile == Profile.NOT_HONG_KONG_OWNED && connection == Connection.JOINT_VENTURE) {
            region = random.pick(Region.OTHER_MAINLAND, Region.MACAO);
        }
        LocalDate operatingSince = profile == Profile.OPERATING_LESS_THAN_ONE_YEAR
                ? CEREMONY.minusYears(1).plusDays(random.between(1, 240))
                : LocalDate.of(random.between(1980, 2021), random.between(1, 12), random.between(1, 28));
        return new Enterprise(name, brNo, region, connection, factoryShare, applicantShare, operatingSince);
    }

    /** A score of {@code total} points split across the five parts, each within its maximum. */
    private Scores scores(int total) {
        int[] parts = new int[PART_MAXIMA.length];
        int sum = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Math.min(PART_MAXIMA[i], Math.max(0, Math.round(PART_MAXIMA[i] * total / 100f) + random.between(-1, 1)));
            sum += parts[i];
        }
        while (sum != total) {
            int i = random.nextInt(parts.length);
            if (sum < total && parts[i] < PART_MAXIMA[i]) {
                parts[i]++;
                sum++;
            } else if (sum > total && parts[i] > 0) {
                parts[i]--;
                sum--;
            }
        }
        return new Scores(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** Earlier recognition, as the secretariat's records list it: sometimes a year twice, sometimes this year too. */
    private List<Integer> priorAwardYears(Profile profile) {
        int distinctEarlier = switch (profile) {
            case EXCELLENT, EXCELLENT_SOUGHT_NO_AUDIT -> random.between(2, 7);
            case EXCELLENT_SOUGHT_TOO_FEW_EARLIER_YEARS -> random.between(0, 1);
            case EXCELLENT_SOUGHT_SCORE_TOO_LOW -> random.between(2, 4);
            default -> random.nextInt(100) < 45 ? 0 : random.between(1, 5);
        };
        TreeSet<Integer> years = new TreeSet<>();
        while (years.size() < distinctEarlier) {
            years.add(random.between(2012, AWARD_YEAR - 1));
        }
        List<Integer> listed = new ArrayList<>(years);
        if (!listed.isEmpty() && random.nextInt(100) < 10) {
            listed.add(listed.get(0)); // a duplicated entry counts once
        }
        if (profile == Profile.EXCELLENT_SOUGHT_TOO_FEW_EARLIER_YEARS && random.nextBoolean()) {
            listed.add(AWARD_YEAR); // the award year itself is not an earlier year
        }
        Collections.sort(listed);
        return listed;
    }
}
