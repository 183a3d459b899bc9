package hk.cleanerproduction.adjudicator.batch;

import static hk.cleanerproduction.adjudicator.decision.Amounts.grouped;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a finished batch run says about itself: printed by the command, returned by the API, and the
 * head of report.html.
 *
 * @param rows         input rows read
 * @param decided      rows decided
 * @param badRows      rows with bad fields (in errors.csv)
 * @param byOutcome    decisions per outcome (after the budget)
 * @param grantsHkd    total grant per outcome (after the budget)
 * @param reasons      how often each reason was given
 * @param allocation   the budget, when the run had one
 * @param byCategory   recognition: awards per category and level ("NOT_AWARDED" for the refused)
 */
public record BatchSummary(
        long jobInstanceId,
        String kind,
        String input,
        String out,
        String rulesetVersion,
        long rows,
        long decided,
        long badRows,
        Map<String, Long> byOutcome,
        Map<String, Long> grantsHkd,
        List<ReasonCount> reasons,
        Allocation allocation,
        Map<String, Map<String, Long>> byCategory) {

    public record ReasonCount(String ruleId, String code, String effect, String message, String messageZh, long count) {
    }

    public record Allocation(long budgetHkd, long allocatedHkd, long remainingHkd, long funded, long waitlisted) {
    }

    /** The lines the batch command prints. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(kind).append(" batch of ").append(input).append(" (rules ").append(rulesetVersion).append(")\n");
        sb.append(String.format(Locale.ROOT, "  rows %d: decided %d, bad %d%n", rows, decided, badRows));
        boolean funding = BatchKind.FUNDING.name().equals(kind);
        byOutcome.forEach((outcome, n) -> sb.append(funding
                ? String.format(Locale.ROOT, "  %-12s %6d   HK$%s%n", outcome, n, grouped(grantsHkd.getOrDefault(outcome, 0L)))
                : String.format(Locale.ROOT, "  %-12s %6d%n", outcome, n)));
        if (byCategory != null && !byCategory.isEmpty()) {
            byCategory.forEach((category, levels) -> sb.append("  ").append(category).append(": ").append(levels).append('\n'));
        }
        if (allocation != null) {
            sb.append(String.format(Locale.ROOT, "  budget HK$%s: allocated HK$%s to %d applications, HK$%s left, %d waitlisted%n",
                    grouped(allocation.budgetHkd()), grouped(allocation.allocatedHkd()), allocation.funded(),
                    grouped(allocation.remainingHkd()), allocation.waitlisted()));
        }
        sb.append("  written to ").append(out).append(": decisions.jsonl, decisions.csv, errors.csv, report.html, report.pdf\n");
        return sb.toString();
    }
}
