package hk.cleanerproduction.adjudicator.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of row results in {@code batch_row}, inside the chunk's transaction: the rows and the
 * reader's position commit together, so a run killed at any moment resumes with each row stored once.
 */
class RowWriter implements ItemWriter<RowResult> {

    private final BatchRowStore store;
    private final long jobInstanceId;
    private final BatchProgress progress;

    RowWriter(BatchRowStore store, long jobInstanceId, BatchProgress progress) {
        this.store = store;
        this.jobInstanceId = jobInstanceId;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends RowResult> chunk) {
        store.insert(jobInstanceId, chunk.getItems());
        progress.rowsDone(chunk.size());
    }
}
