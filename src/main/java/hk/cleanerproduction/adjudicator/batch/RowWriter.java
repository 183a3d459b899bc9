package hk.cleanerproduction.adjudicator.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of row results in {@code batch_row}, inside the chunk's transaction: the rows and the
 * reader's position commit together, so a run killed at any moment resumes with each row stored once.
 */
record RowWriter(BatchRowStore store, long jobInstanceId, BatchProgress progress) implements ItemWriter<RowResult> {

    @Override
    public void write(Chunk<? extends RowResult> chunk) {
        store.insert(jobInstanceId, chunk.getItems());
        progress.rowsDone(chunk.size());
    }
}
