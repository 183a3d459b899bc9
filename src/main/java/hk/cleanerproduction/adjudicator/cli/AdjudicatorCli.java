package hk.cleanerproduction.adjudicator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./adjudicator}: the commands of SPEC.md "Command line". Commands that only decide (decide,
 * rules check, impact) build the rules and run them in this JVM with no Spring context, no web server
 * and no database, so that they answer in seconds; serve and batch start what they need.
 */
@Command(name = "adjudicator", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "Cleaner Production Adjudicator 0.1.0",
        description = "Decides CPPP funding applications and Recognition Scheme nominations with the rules in rules/.",
        subcommands = {DecideCommand.class, GenerateCommand.class, RulesCommand.class, ImpactCommand.class,
            ServeCommand.class, BatchCommand.class})
public final class AdjudicatorCli implements Runnable {

    /** Exit codes of SPEC.md "Command line". */
    public static final int DECIDED = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;
    public static final int RULES_FAIL_THE_GATE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new AdjudicatorCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
