package hk.cleanerproduction.adjudicator.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command that decides the rows of a file: {@code funding|recognition --input FILE} (batch, impact). */
abstract class RowsCommand extends RulesDirCommand {

    @Parameters(index = "0", paramLabel = "funding|recognition", description = "what the rows are")
    DecideCommand.Kind kind;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "the rows: FILE.csv or FILE.jsonl")
    Path input;
}
