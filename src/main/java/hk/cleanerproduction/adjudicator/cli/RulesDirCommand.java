package hk.cleanerproduction.adjudicator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that works with a rules directory ({@code --rules DIR}) and answers on standard output and error. */
abstract class RulesDirCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Override
    public final Integer call() throws IOException {
        return run(System.out, System.err);
    }

    /** Does the command's work and returns its exit code (AdjudicatorCli's constants). */
    abstract int run(PrintStream out, PrintStream err) throws IOException;
}
