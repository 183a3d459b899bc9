package hk.cleanerproduction.adjudicator.batch;

import java.nio.file.Path;

/**
 * One ceremony batch as asked for: what to decide, from which file, into which folder, and the budget
 * (funding only; null for none), and whether to write a letter per decided row. Paths are made absolute,
 * so the same command from another folder is the same run.
 */
public record BatchRequest(BatchKind kind, Path input, Path out, Long budgetHkd, boolean letters) {

    public BatchRequest(BatchKind kind, Path input, Path out, Long budgetHkd) {
        this(kind, input, out, budgetHkd, false);
    }

    public BatchRequest {
        input = input.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        if (budgetHkd != null && budgetHkd < 0) {
            throw new IllegalArgumentException("the budget must not be negative");
        }
        if (budgetHkd != null && kind != BatchKind.FUNDING) {
            throw new IllegalArgumentException("a budget applies to funding batches only");
        }
    }
}
