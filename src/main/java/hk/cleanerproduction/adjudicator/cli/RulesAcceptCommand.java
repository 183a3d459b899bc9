package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetGate;
import hk.cleanerproduction.adjudicator.ruleset.scenario.ScenarioAcceptance;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules accept [--rules DIR] (--all | FILE:LINE...)}: an intended change accepted. Rewrites the
 * expectations of the chosen failing scenarios to what the rules now decide, so that the gate passes;
 * the rewritten files are the officer's to read and keep (or revert) like any other edit.
 */
@Command(name = "accept", description = "Rewrite failing scenarios' expectations to what the rules now decide (an intended change).")
final class RulesAcceptCommand extends RulesDirCommand {

    static final class Which {
        @Option(names = "--all", required = true, description = "every failing scenario")
        boolean all;

        @Parameters(paramLabel = "FILE:LINE", description = "the failing scenarios, as rules check names them")
        List<String> scenarios;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Override
    int run(PrintStream out, PrintStream err) throws IOException {
        RulesDirectory directory = RulesDirectory.read(rules.directory());
        // the scenarios run the rules' code: a rule that reaches outside a decision is never run
        RulesetGate.Built built = RulesetGate.standard(new RulesetLoader(1)).buildToRun(directory);
        if (built.ruleset().isEmpty()) {
            built.problems().forEach(out::println);
            return AdjudicatorCli.PROBLEMS;
        }
        Ruleset ruleset = built.ruleset().get();
        try {
            Set<String> named = which.all ? Set.of() : Set.copyOf(which.scenarios);
            List<String> accepted = new ScenarioAcceptance().accept(rules.directory(), ruleset,
                    s -> which.all || named.contains(s.where()));
            accepted.forEach(s -> out.println("accepted " + s));
            out.println(accepted.size() + " scenario(s) accepted; run rules check to see the gate pass");
            return AdjudicatorCli.DECIDED;
        } finally {
            ruleset.close();
        }
    }
}
