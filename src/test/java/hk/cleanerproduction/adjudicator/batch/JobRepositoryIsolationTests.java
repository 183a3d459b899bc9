package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A batch's status is read (GET /api/v1/batches/{id}) while it runs. Spring Batch reads the last
 * execution in a transaction of the "create" isolation, SERIALIZABLE by default, and in HSQLDB's MVCC
 * that made the running chunk's update of its step execution fail, and the batch with it (seen once in
 * a full test run). The repository must read it at READ COMMITTED.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class JobRepositoryIsolationTests {

    @Autowired
    JobRepository jobRepository;

    @Test
    void theLastExecutionIsReadAtReadCommittedNotSerializable() throws Exception {
        String attributes = transactionInterceptors(jobRepository).stream()
                .map(interceptor -> String.valueOf(interceptor.getTransactionAttributeSource()))
                .reduce("", String::concat);

        assertThat(attributes).contains("getLastJobExecution*=PROPAGATION_REQUIRES_NEW,ISOLATION_READ_COMMITTED")
                .doesNotContain("SERIALIZABLE");
    }

    private static List<TransactionInterceptor> transactionInterceptors(Object candidate) throws Exception {
        List<TransactionInterceptor> found = new ArrayList<>();
        while (candidate instanceof Advised advised) {
            for (Advisor advisor : advised.getAdvisors()) {
                Advice advice = advisor.getAdvice();
                if (advice instanceof TransactionInterceptor interceptor) {
                    found.add(interceptor);
                }
            }
            candidate = advised.getTargetSource().getTarget();
        }
        return found;
    }
}
