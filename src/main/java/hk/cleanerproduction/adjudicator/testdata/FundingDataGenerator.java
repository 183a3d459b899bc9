package hk.cleanerproduction.adjudicator.testdata;

import hk.cleanerproduction.adjudicator.enterprise.Connection;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.funding.FundingApplication.Applicant;
import hk.cleanerproduction.adjudicator.funding.FundingApplication.ExpectedAnnualSavings;
import hk.cleanerproduction.adjudicator.funding.FundingApplication.Factory;
import hk.cleanerproduction.adjudicator.funding.FundingApplication.Project;
import hk.cleanerproduction.adjudicator.funding.Industry;
import hk.cleanerproduction.adjudicator.funding.ProjectType;
import hk.cleanerproduction.adjudicator.enterprise.Region;
import hk.cleanerproduction.adjudicator.funding.TechnologyOrigin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic funding applications of the 2025–2027 round, the same for the same seed (docs/policy/funding.md
 * §5: costs HK$0.4M–3M, savings per project, a mix of connections, most applications in order).
 * The first applications each break one rule on purpose, so that any data set of {@value #DELIBERATE}
 * rows or more shows every outcome and every reason code; after those, each rule is broken now and
 * then, at about the rates of {@link Flaw}.
 */
public final class FundingDataGenerator {

    public static final long DEFAULT_SEED = 20250401L;
    public static final int DEFAULT_COUNT = 320;

    /** What an application gets wrong, and how often after the deliberate ones (per mille). */
    enum Flaw {
        NONE(0), RECEIVED_BEFORE_WINDOW(12), RECEIVED_AFTER_WINDOW(12), REGISTRATION_EXPIRED(25), NO_CONNECTION(15),
        AGREEMENT_EXPIRED(20), RESIDENT_SHARE_TOO_LOW(20), FACTORY_ELSEWHERE(25), NOT_OPERATING(15),
        TECHNOLOGY_NOT_FUNDABLE(35), TOO_LONG(25), COMPLETES_AFTER_END(15), NON_TARGET_INDUSTRY(60),
        RECENT_PENALTY(35), PART_OF_PHASE_LIMIT_USED(30), PHASE_LIMIT_USED_UP(12), ASKS_FOR_LESS(80);

        final int perMille;

        Flaw(int perMille) {
            this.perMille = perMille;
        }
    }

    static final int DELIBERATE = Flaw.values().length;

    private static final String[] GUANGDONG_CITIES = {"Guangzhou", "Shenzhen", "Zhuhai", "Shantou", "Foshan", "Shaoguan",
        "Zhanjiang", "Zhaoqing", "Jiangmen", "Maoming", "Huizhou", "Meizhou", "Shanwei", "Heyuan", "Yangjiang", "Qingyuan",
        "Dongguan", "Zhongshan", "Chaozhou", "Jieyang", "Yunfu"};
    private static final String[] HONG_KONG_DISTRICTS = {"Kwun Tong", "Tsuen Wan", "Kwai Chung", "Tuen Mun", "Yuen Long",
        "Tai Po", "Sha Tin", "San Po Kong", "Chai Wan", "Cheung Sha Wan"};
    private static final String[] NAME_STEMS = {"Wing Fat", "Pearl Delta", "Golden Harvest", "Tak Shing", "Kwong Hing",
        "Sun Lee", "Hop Kee", "Man Yip", "Yuen Tai", "Fook Wah", "Lung Cheong", "Chun Kee", "Hing Lung", "Bright Ocean",
        "Evergreen", "Jade River", "Lotus", "Phoenix", "Silver Bay", "Harbour Star", "Wah Shing", "On Tat", "Kin Wing",
        "Po Sang", "Tai Hing", "Ming Fung", "Yick Lee", "Cheong Kee", "Sang Hing", "Grand Pacific"};
    private static final String[] TECHNOLOGIES = {"Heat-pump dryer for the stenter line",
        "Regenerative thermal oxidiser for the coating line", "Waste-heat recovery from the boiler flue",
        "Variable-speed drives for the air compressors", "Low-liquor-ratio dyeing machines",
        "Solvent recovery by distillation", "Membrane water-recycling system", "High-efficiency chiller plant",
        "Rooftop solar photovoltaic array with energy management", "Servo-driven injection moulding machines",
        "Condensate recovery for the steam system", "UV-curing inks to replace solvent inks",
        "Powder coating line to replace wet spraying", "Smart metering and compressed-air leak control",
        "Catalytic oxidiser for VOC emissions", "Cold-water washing with enzyme pre-treatment"};

    private final SeededRandom random;

    public FundingDataGenerator(long seed) {
        this.random = new SeededRandom(seed);
    }

    public List<FundingApplication> generate(int count) {
        List<FundingApplication> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Flaw flaw = i < DELIBERATE ? Flaw.values()[i] : randomFlaw();
            applications.add(application(i + 1, flaw));
        }
        return applications;
    }

    private Flaw randomFlaw() {
        int roll = random.nextInt(1000);
        for (Flaw flaw : Flaw.values()) {
            roll -= flaw.perMille;
            if (roll < 0) {
                return flaw;
            }
        }
        return Flaw.NONE;
    }

    private FundingApplication application(int sequence, Flaw flaw) {
        LocalDate received = random.between(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31));
        if (flaw == Flaw.RECEIVED_BEFORE_WINDOW) {
            received = random.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        } else if (flaw == Flaw.RECEIVED_AFTER_WINDOW) {
            received = random.between(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31));
        } else if (flaw == Flaw.COMPLETES_AFTER_END) {
            received = random.between(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
        }
        String stem = random.pick(NAME_STEMS);
        Industry industry = flaw == Flaw.NON_TARGET_INDUSTRY ? Industry.OTHER : pickTargetIndustry();
        Applicant applicant = new Applicant(stem + " " + IndustryNames.of(industry).company() + " "
                + random.pick("Ltd", "Co. Ltd", "Holdings Ltd"), random.businessRegistrationNo(),
                flaw == Flaw.REGISTRATION_EXPIRED ? received.minusDays(1 + random.nextInt(90))
                        : received.plusDays(30 + random.nextInt(330)));
        Factory factory = factory(stem, industry, received, flaw);
        Project project = project(industry, received, flaw);
        BigDecimal prior = switch (flaw) {
            case PART_OF_PHASE_LIMIT_USED -> BigDecimal.valueOf(200_000 + 50_000L * random.nextInt(8));
            case PHASE_LIMIT_USED_UP -> BigDecimal.valueOf(750_000);
            default -> BigDecimal.ZERO;
        };
        return new FundingApplication(String.format("CP%02d-%06d", received.getYear() % 100, sequence), received,
                ProjectType.NEW_TECHNOLOGY, applicant, factory, project, prior);
    }

    private Factory factory(String stem, Industry industry, LocalDate received, Flaw flaw) {
        Connection connection = switch (flaw) {
            case NO_CONNECTION -> Connection.NONE;
            case AGREEMENT_EXPIRED -> Connection.PROCESSING_AGREEMENT;
            case RESIDENT_SHARE_TOO_LOW -> Connection.HK_RESIDENT_OWNED;
            default -> random.weighted(List.of(Connection.WFOE, Connection.JOINT_VENTURE, Connection.PROCESSING_AGREEMENT,
                    Connection.HK_RESIDENT_OWNED, Connection.HK_FACTORY, Connection.HK_POLLUTING_WORKSHOP), 35, 15, 18, 10, 16, 6);
        };
        boolean inHongKong = connection == Connection.HK_FACTORY || connection == Connection.HK_POLLUTING_WORKSHOP;
        Region region = inHongKong ? Region.HONG_KONG : Region.GUANGDONG;
        String city = inHongKong ? random.pick(HONG_KONG_DISTRICTS) : random.pick(GUANGDONG_CITIES);
        if (flaw == Flaw.FACTORY_ELSEWHERE) {
            region = inHongKong ? Region.GUANGDONG : random.pick(Region.MACAO, Region.OTHER_MAINLAND);
            city = region == Region.MACAO ? "Macao" : region == Region.GUANGDONG ? random.pick(GUANGDONG_CITIES)
                    : random.pick("Xiamen", "Nanning", "Changsha", "Fuzhou");
        }
        LocalDate agreementExpiry = null;
        if (connection == Connection.PROCESSING_AGREEMENT) {
            agreementExpiry = flaw == Flaw.AGREEMENT_EXPIRED ? received.minusDays(1 + random.nextInt(200))
                    : received.plusDays(180 + random.nextInt(900));
        }
        BigDecimal factoryShare = null;
        BigDecimal applicantShare = null;
        if (connection == Connection.HK_RESIDENT_OWNED) {
            factoryShare = random.percent(flaw == Flaw.RESIDENT_SHARE_TOO_LOW && random.nextBoolean() ? 30 : 51, 100);
            applicantShare = random.percent(flaw == Flaw.RESIDENT_SHARE_TOO_LOW && factoryShare.doubleValue() > 50 ? 5 : 30,
                    flaw == Flaw.RESIDENT_SHARE_TOO_LOW && factoryShare.doubleValue() > 50 ? 29.99 : 100);
        }
        int penalties = flaw == Flaw.RECENT_PENALTY ? 1 + random.nextInt(2) : 0;
        List<LocalDate> penaltyDates = null;
        if (penalties > 0) {
            penaltyDates = new ArrayList<>();
            for (int p = 0; p < penalties; p++) {
                penaltyDates.add(received.minusDays(10 + random.nextInt(340)));
            }
            penaltyDates.sort(null);
        }
        return new Factory(city + " " + stem + " " + IndustryNames.of(industry).factory(), region, city, connection, agreementExpiry,
                factoryShare, applicantShare, industry, flaw != Flaw.NOT_OPERATING, penalties, penaltyDates);
    }

    private Project project(Industry industry, LocalDate received, Flaw flaw) {
        boolean onList = random.nextInt(100) < 75;
        boolean newTechnology = !onList;
        if (flaw == Flaw.TECHNOLOGY_NOT_FUNDABLE) {
            onList = false;
            newTechnology = false;
        }
        TechnologyOrigin origin = random.weighted(List.of(TechnologyOrigin.OTHER, TechnologyOrigin.HK_INSTITUTION,
                TechnologyOrigin.HK_GD_JOINT), 68, 20, 12);
        BigDecimal cost = BigDecimal.valueOf(400_000 + 10_000L * random.nextInt(261)); // HK$0.4M–3M
        BigDecimal requested = null;
        if (flaw == Flaw.ASKS_FOR_LESS) {
            requested = cost.multiply(BigDecimal.valueOf(30 + random.nextInt(15))).divide(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.DOWN);
        }
        LocalDate start = received.plusDays(30 + random.nextInt(90));
        int months = flaw == Flaw.TOO_LONG ? 13 + random.nextInt(6) : 6 + random.nextInt(7);
        LocalDate completion = start.plusMonths(months).minusDays(1);
        if (flaw == Flaw.COMPLETES_AFTER_END) {
            completion = LocalDate.of(2028, 1 + random.nextInt(3), 1 + random.nextInt(28));
            LocalDate nineMonthsBefore = completion.minusMonths(9);
            start = nineMonthsBefore.isAfter(received) ? nineMonthsBefore : received.plusDays(14);
        }
        long kwh = 50_000 + 10_000L * random.nextInt(146);
        BigDecimal co2e = BigDecimal.valueOf(kwh).multiply(new BigDecimal("0.00055")).setScale(0, RoundingMode.HALF_UP);
        ExpectedAnnualSavings savings = new ExpectedAnnualSavings(BigDecimal.valueOf(kwh),
                BigDecimal.valueOf(2_000 + 500L * random.nextInt(197)),
                industry == Industry.PRINTING_AND_PUBLISHING || industry == Industry.CHEMICAL_PRODUCTS
                        ? BigDecimal.valueOf(5 + random.nextInt(250), 1) : BigDecimal.ZERO,
                co2e);
        return new Project(random.pick(TECHNOLOGIES), onList, newTechnology, origin, cost, requested, start, completion, savings);
    }

    private Industry pickTargetIndustry() {
        Industry[] targets = {Industry.CHEMICAL_PRODUCTS, Industry.FOOD_AND_BEVERAGE, Industry.FURNITURE,
            Industry.METAL_PRODUCTS, Industry.NON_METALLIC_MINERAL_PRODUCTS, Industry.PAPER_PRODUCTS,
            Industry.PRINTING_AND_PUBLISHING, Industry.TEXTILES, Industry.TEXTILES, Industry.METAL_PRODUCTS};
        return random.pick(targets);
    }

    /** How a company of an industry and its factory are named: "Wing Fat Textiles Ltd", "Foshan Wing Fat Dyeing Factory". */
    private record IndustryNames(String company, String factory) {

        static IndustryNames of(Industry industry) {
            return switch (industry) {
                case CHEMICAL_PRODUCTS -> new IndustryNames("Chemical", "Factory");
                case FOOD_AND_BEVERAGE -> new IndustryNames("Food", "Food Factory");
                case FURNITURE -> new IndustryNames("Furniture", "Factory");
                case METAL_PRODUCTS -> new IndustryNames("Metal Products", "Metal Works");
                case NON_METALLIC_MINERAL_PRODUCTS -> new IndustryNames("Ceramics", "Factory");
                case PAPER_PRODUCTS -> new IndustryNames("Paper Products", "Factory");
                case PRINTING_AND_PUBLISHING -> new IndustryNames("Printing", "Printing Works");
                case TEXTILES -> new IndustryNames("Textiles", "Dyeing Factory");
                case OTHER -> new IndustryNames("Electronics", "Factory");
            };
        }
    }
}
