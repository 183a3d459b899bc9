package hk.cleanerproduction.adjudicator.cli;

import picocli.CommandLine.Command;

/** {@code rules ...}: what policy officers do with a rules directory before it goes live. */
@Command(name = "rules", description = "Work with a rules directory.", subcommands = {RulesCheckCommand.class, RulesAcceptCommand.class},
        mixinStandardHelpOptions = true)
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
