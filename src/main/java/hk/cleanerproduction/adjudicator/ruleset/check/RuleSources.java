package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The compiled files of a rules directory as a check that reads rule text sees them: a DRL file as its
 * text, a CSV decision table parsed, and a spreadsheet as the DRL Drools makes of it (read the way
 * Drools reads it, POI only, nothing runs).
 */
final class RuleSources {

    /** What a check does with one file's content; problems name the file by {@code name}. */
    @FunctionalInterface
    interface Reading<T> {
        void check(String name, T content, List<RuleProblem> problems);
    }

    private RuleSources() {
    }

    /** Every compiled file through {@code drl} or {@code table}; the problems found, file by file. */
    static List<RuleProblem> check(RulesDirectory directory, Reading<String> drl, Reading<DecisionTable> table) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : directory.compiledFiles()) {
            String name = directory.display(file.relativePath());
            String lower = file.relativePath().toLowerCase();
            if (lower.endsWith(".drl")) {
                drl.check(name, new String(file.content(), StandardCharsets.UTF_8), problems);
            } else if (lower.endsWith(".drl.csv")) {
                table.check(name, DecisionTable.parse(file.content()), problems);
            } else {
                checkSpreadsheet(name, file, drl, problems);
            }
        }
        return problems;
    }

    /** A spreadsheet's problems name the spreadsheet, without a line (a cell has none in the DRL). */
    private static void checkSpreadsheet(String name, RuleFile file, Reading<String> drl, List<RuleProblem> problems) {
        try {
            String text = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.XLS);
            List<RuleProblem> found = new ArrayList<>();
            drl.check(name, text, found);
            found.forEach(p -> problems.add(new RuleProblem(name, 0, p.message() + " (in the rules made from the spreadsheet)")));
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(name, 0, "the spreadsheet cannot be read: " + e.getMessage()));
        }
    }
}
