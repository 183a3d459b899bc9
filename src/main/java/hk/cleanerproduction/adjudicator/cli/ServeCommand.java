package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.store.DataFolderLock;
import hk.cleanerproduction.adjudicator.store.DatabaseSetting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve [--port 8080]}: the decision service (SPEC.md "HTTP API") until it is stopped. Other
 * options pass through to Spring as settings, e.g. {@code --spring.datasource.url=...}.
 */
@Command(name = "serve", description = "Run the decision service over HTTP (API, OpenAPI docs, health, metrics).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "the HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    /** Anything else is a Spring setting, passed through: {@code --server.tomcat.threads.max=16}. */
    @Unmatched
    List<String> springSettings = new ArrayList<>();

    @Mixin
    RulesOption rules;

    private static final String RULES_DIR_SETTING = "--adjudicator.rules-dir=";
    static final int DATABASE_TIMEOUT_SECONDS = 30;

    @Override
    public Integer call() throws InterruptedException, IOException {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        // Spring joins a setting given twice with a comma ("rules,/srv/rules"): a rules directory given
        // as a setting rather than as --rules is the one used, not a second value
        if (springSettings.stream().noneMatch(setting -> setting.startsWith(RULES_DIR_SETTING))) {
            args.add(RULES_DIR_SETTING + rules.directory());
        }
        args.addAll(springSettings);
        DatabaseSetting database = DatabaseSetting.of(springSettings);
        Optional<String> unusable = database.problem(DATABASE_TIMEOUT_SECONDS);
        if (unusable.isPresent()) {
            System.err.println(unusable.get());
            return AdjudicatorCli.PROBLEMS;
        }
        try {
            // held until this process ends: one process at a time on the embedded database (a server takes any number)
            DataFolderLock.forDatabase(database.url(), "adjudicator serve on port " + port);
        } catch (DataFolderLock.InUseException e) {
            System.err.println(e.getMessage());
            return AdjudicatorCli.PROBLEMS;
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(AdjudicatorApplication.class, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            RulesetBuildException rules = RulesOption.rulesProblem(e);
            if (rules != null) {
                RulesOption.reportFailure(rulesDirectory(), rules.problems(), System.err);
                return AdjudicatorCli.RULES_FAIL_THE_GATE;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        context.registerShutdownHook();
        if (context.isActive()) {
            stopped.await(); // serve until the JVM is stopped (Ctrl-C, SIGTERM)
        }
        return AdjudicatorCli.DECIDED;
    }

    /** The rules directory the service was started with: the --adjudicator.rules-dir setting, or --rules. */
    String rulesDirectory() {
        return springSettings.stream().filter(setting -> setting.startsWith(RULES_DIR_SETTING))
                .map(setting -> setting.substring(RULES_DIR_SETTING.length())).reduce((first, last) -> last)
                .orElse(rules.directory().toString());
    }
}
