package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the report while the final decisions stream past in row order: counts and totals for every
 * run, and the lists a ceremony prints (awardees, refusals). Lists that could be as long as a 100,000-row
 * input are capped at {@value #LISTED} entries (the awardees when printed, a category at a time), with the
 * number left out.
 */
final class ReportCollector {

    static final int LISTED = 1000;

    private final BatchKind kind;
    private long rows;
    private long decided;
    private long badRows;
    private final Map<String, Long> byOutcome = new TreeMap<>();
    private final Map<String, Long> grantsHkd = new TreeMap<>();
    private final Map<String, BatchSummary.ReasonCount> reasons = new TreeMap<>();
    private final Map<String, Map<String, Long>> byCategory = new TreeMap<>();
    private final List<Awardee> awardees = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private long refusalsLeftOut;
    private final List<BadRow> badRowList = new ArrayList<>();
    private LocalDate firstAsOf;
    private LocalDate lastAsOf;

    ReportCollector(BatchKind kind) {
        this.kind = kind;
    }

    void bad(int rowNumber, String subjectId, List<FieldError> errors) {
        rows++;
        badRows++;
        if (badRowList.size() < LISTED) {
            badRowList.add(new BadRow(rowNumber, subjectId, errors));
        }
    }

    void decided(BatchRowStore.StoredRow row, Decision decision) {
        rows++;
        decided++;
        byOutcome.merge(decision.outcome(), 1L, Long::sum);
        if (decision.asOf() != null) {
            firstAsOf = firstAsOf == null || decision.asOf().isBefore(firstAsOf) ? decision.asOf() : firstAsOf;
            lastAsOf = lastAsOf == null || decision.asOf().isAfter(lastAsOf) ? decision.asOf() : lastAsOf;
        }
        grantsHkd.merge(decision.outcome(), decision.grantHkd() == null ? 0L : decision.grantHkd(), Long::sum);
        for (Reason r : decision.reasons()) {
            reasons.merge(r.ruleId() + " " + r.code(), new BatchSummary.ReasonCount(r.ruleId(), r.code(), r.effect().name(),
                    r.message(), r.messageZh(), 1), (a, b) -> new BatchSummary.ReasonCount(a.ruleId(), a.code(), a.effect(),
                    a.message(), a.messageZh(), a.count() + 1));
        }
        if (row.category() != null) {
            String column = decision.level() != null ? decision.level() : decision.outcome();
            byCategory.computeIfAbsent(row.category(), c -> new TreeMap<>()).merge(column, 1L, Long::sum);
        }
        if (decision.certificateNumber() != null) {
            awardees.add(new Awardee(row.category(), decision.level(), decision.certificateNumber(), decision.subjectId(),
                    row.subjectName(), decision.score(), decision.labelValidFrom(), decision.labelValidUntil()));
        } else if (isRefusal(decision)) {
            if (refusals.size() < LISTED) {
                refusals.add(new Refusal(decision.subjectId(), row.subjectName(), row.category(), decision.outcome(),
                        decision.reasons().stream().filter(r -> r.effect() != Effect.INFO).toList()));
            } else {
                refusalsLeftOut++;
            }
        }
    }

    private static boolean isRefusal(Decision decision) {
        return decision.reasons().stream().anyMatch(r -> r.effect() == Effect.INELIGIBLE || r.effect() == Effect.NOT_AWARDED
                || r.effect() == Effect.REFER);
    }

    BatchSummary summary(long jobInstanceId, String input, String out, String rulesetVersion, BudgetAllocation allocation) {
        List<BatchSummary.ReasonCount> reasonCounts = new ArrayList<>(reasons.values());
        reasonCounts.sort(Comparator.comparingLong(BatchSummary.ReasonCount::count).reversed()
                .thenComparing(BatchSummary.ReasonCount::ruleId));
        BatchSummary.Allocation budget = allocation == null ? null : new BatchSummary.Allocation(allocation.budgetHkd(),
                allocation.allocatedHkd(), allocation.budgetHkd() - allocation.allocatedHkd(), allocation.funded().size(),
                allocation.waitlisted().size());
        return new BatchSummary(jobInstanceId, kind.name(), input, out, rulesetVersion, rows, decided, badRows,
                new LinkedHashMap<>(byOutcome), new LinkedHashMap<>(grantsHkd), reasonCounts, budget,
                byCategory.isEmpty() ? null : byCategory);
    }

    List<Awardee> awardees() {
        List<Awardee> sorted = new ArrayList<>(awardees);
        sorted.sort(Comparator.comparing(Awardee::certificateNumber));
        return sorted;
    }

    /** The earliest as-of date of the decisions (recognition: the ceremony), or null when none was decided. */
    LocalDate firstAsOf() {
        return firstAsOf;
    }

    LocalDate lastAsOf() {
        return lastAsOf;
    }

    List<Refusal> refusals() {
        return refusals;
    }

    long refusalsLeftOut() {
        return refusalsLeftOut;
    }

    List<BadRow> badRows() {
        return badRowList;
    }

    record Awardee(String category, String level, String certificateNumber, String subjectId, String name, Integer score,
            java.time.LocalDate validFrom, java.time.LocalDate validUntil) {
    }

    record Refusal(String subjectId, String name, String category, String outcome, List<Reason> reasons) {
    }

    record BadRow(int rowNumber, String subjectId, List<FieldError> errors) {
    }
}
