package hk.cleanerproduction.adjudicator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.check.CheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * batch and serve start the ruleset gate before Spring creates its beans: the application still starts
 * with the ruleset that passed that gate, and still refuses to start, naming the problem, when it fails.
 */
class StartCheckInBackgroundTests {

    @TempDir
    Path temp;

    @Test
    void theApplicationStartsWithTheRulesetCheckedInTheBackground() {
        try (ConfigurableApplicationContext context = start(Path.of("rules"), "good")) {
            StartCheckInBackground.Pending pending = context.getBean(StartCheckInBackground.Pending.class);
            CheckReport report = context.getBean(CheckReport.class);
            assertThat(report).isSameAs(pending.await());
            assertThat(report.passed()).isTrue();
            assertThat(context.getBean(ActiveRuleset.class).get()).isSameAs(report.ruleset().orElseThrow());
        }
    }

    @Test
    void rulesThatDoNotBuildStillStopTheStartWithTheirProblem() throws IOException {
        Path rules = copyOfRules();
        Path policy = rules.resolve("funding/funding-policy.drl");
        Files.writeString(policy, Files.readString(policy).replace("insertLogical(new RegistrationInForce());",
                "insertLogical(new RegistrationInForce()) oops;"));

        assertThatThrownBy(() -> start(rules, "bad").close())
                .satisfies(e -> assertThat(rulesProblem(e)).isNotNull())
                .satisfies(e -> assertThat(rulesProblem(e).problems()).anySatisfy(
                        problem -> assertThat(problem.file()).endsWith("funding-policy.drl")));
    }

    private static ConfigurableApplicationContext start(Path rulesDir, String database) {
        return new SpringApplicationBuilder(AdjudicatorApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new StartCheckInBackground())
                .run("--adjudicator.rules-dir=" + rulesDir, "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:hsqldb:mem:start-check-" + database + ";shutdown=true",
                        "--adjudicator.reload.watch=false");
    }

    private Path copyOfRules() throws IOException {
        Path source = Path.of("rules");
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static RulesetBuildException rulesProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RulesetBuildException rules) {
                return rules;
            }
        }
        return null;
    }
}
