package hk.cleanerproduction.adjudicator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LevelCheckingLogFactoryTests {

    private final Logger logback = (Logger) LoggerFactory.getLogger("adjudicator.test.LevelCheckingLog");
    private final ListAppender<ILoggingEvent> appended = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.getCallerData(); // found from the stack while it is the logging call's, as a %line pattern would
            super.append(event);
        }
    };

    /** A message like Spring's LogMessage: formatted only when someone asks for its text. */
    private static final class CountedMessage {
        final AtomicInteger formatted = new AtomicInteger();

        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "role hierarchy reached [ROLE_DECISION_CLIENT]";
        }
    }

    @BeforeEach
    void listen() {
        appended.start();
        logback.addAppender(appended);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(appended);
        logback.setLevel(null);
    }

    @Test
    void springsLogsUseThisFactory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(logback.getName())).isInstanceOf(LevelCheckingLogFactory.LevelCheckingLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverFormatted() {
        logback.setLevel(Level.INFO);
        Log log = LogFactory.getLog(logback.getName());
        CountedMessage message = new CountedMessage();

        log.debug(message);
        log.trace(message, new IllegalStateException("not logged either"));

        assertThat(message.formatted).hasValue(0);
        assertThat(appended.list).isEmpty();
    }

    @Test
    void aMessageAtAnEnabledLevelIsLoggedWithItsLevelAndException() {
        logback.setLevel(Level.DEBUG);
        Log log = LogFactory.getLog(logback.getName());
        IllegalStateException failure = new IllegalStateException("why");

        log.debug(new CountedMessage());
        log.warn("careful", failure);
        log.fatal("gone");

        assertThat(appended.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage).containsExactly(
                tuple(Level.DEBUG, "role hierarchy reached [ROLE_DECISION_CLIENT]"),
                tuple(Level.WARN, "careful"),
                tuple(Level.ERROR, "gone"));
        assertThat(appended.list.get(1).getThrowableProxy().getMessage()).isEqualTo("why");
        assertThat(appended.list.get(0).getCallerData()[0].getClassName())
                .as("the caller is the class that logged, not the adapter").isEqualTo(getClass().getName());
    }
}
