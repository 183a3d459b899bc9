package hk.cleanerproduction.adjudicator.system;

import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.check.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.check.RulesetGate;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the ruleset gate of a start (build, checks, scenarios: about half of a command's start) on its
 * own thread as soon as the settings are known, before Spring creates any bean, so that it runs while
 * Spring and Liquibase start on the other core; the {@code startCheck} bean then waits for it. The
 * commands that start Spring (batch, serve) add this; without it (the tests' contexts) the gate runs when
 * that bean is created, as before. Either way a ruleset that fails the gate stops the start.
 */
public final class StartCheckInBackground implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path rulesDir = Path.of(context.getEnvironment().getProperty(RulesConfiguration.RULES_DIR, "rules"));
        FutureTask<CheckReport> check = new FutureTask<>(() -> RulesetGate.standard(new RulesetLoader()).check(rulesDir));
        Thread thread = new Thread(check, "ruleset-start-check");
        thread.setDaemon(true); // a start that fails elsewhere does not wait for it
        thread.start();
        context.getBeanFactory().registerSingleton("pendingStartCheck", new Pending(rulesDir, check));
    }

    /** The gate's run on the rules directory, under way or done. */
    record Pending(Path rulesDir, FutureTask<CheckReport> check) {

        boolean isFor(Path directory) {
            return rulesDir.toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
        }

        CheckReport await() {
            try {
                return check.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules were checked", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("the rules could not be checked", e.getCause());
            }
        }
    }
}
