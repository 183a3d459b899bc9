package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecidingThreadsTests {

    private final DecidingThreads deciding = new DecidingThreads(2);

    @AfterEach
    void stop() {
        deciding.destroy();
    }

    @Test
    void aDecisionRunsOnADecidingThreadAndItsResultComesBack() {
        String thread = deciding.decide(() -> Thread.currentThread().getName());

        assertThat(thread).startsWith("decider-");
        assertThat(thread).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void whatADecisionThrowsReachesTheRequestAsItWas() {
        // the problem the client gets depends on the exception's type: a stopped decision is 503, not 500
        RuleRunLimitException stopped = new RuleRunLimitException(RuleRunLimitException.Limit.TIME, "ran too long");

        assertThatThrownBy(() -> deciding.decide(() -> {
            throw stopped;
        })).isSameAs(stopped);
        assertThat(deciding.decide(() -> "the threads go on")).isEqualTo("the threads go on");
    }

    @Test
    void manyRequestsAtOnceShareTheFewThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> answers = IntStream.range(0, 200).parallel()
                .mapToObj(i -> deciding.decide(() -> {
                    threads.add(Thread.currentThread().getName());
                    return i * 2;
                }))
                .toList();

        assertThat(answers).isEqualTo(IntStream.range(0, 200).mapToObj(i -> i * 2).toList());
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("decider-")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void oneThreadForEveryTwoCoresAndAtLeastOne() {
        assertThat(DecidingThreads.defaultCount(1)).isEqualTo(1);
        assertThat(DecidingThreads.defaultCount(2)).isEqualTo(1);
        assertThat(DecidingThreads.defaultCount(8)).isEqualTo(4);
    }
}
