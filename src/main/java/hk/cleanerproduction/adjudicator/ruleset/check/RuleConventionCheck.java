package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check (c): every rule's name starts with its rule id (docs/policy) ({@code F-WIN-1 ...}, {@code R-GATE-2 ...},
 * or a stage id such as {@code F-ASOF}), and every reason a rule gives carries that id, a code, an
 * English message, a Traditional Chinese message (with Chinese characters in it) and a source, so
 * that every decision explains itself in both languages.
 */
public final class RuleConventionCheck implements RuleCheck {

    /** {@code F-WIN-1}, {@code R-GATE-2}, {@code F-ASOF}, {@code R-SCORE}: programme letter, subject, optional number. */
    public static final Pattern RULE_ID = Pattern.compile("^[FR]-[A-Z]+(-\\d+)?(?=\\s|$)");

    private static final Pattern DRL_RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern NEW_REASON = Pattern.compile("\\bnew\\s+Reason\\s*\\(");
    private static final Pattern REASON_CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    @Override
    public List<RuleProblem> check(RulesDirectory directory) {
        return RuleSources.check(directory, RuleConventionCheck::checkDrl, RuleConventionCheck::checkTable);
    }

    private static void checkDrl(String name, String text, List<RuleProblem> problems) {
        String code = JavaText.code(text);
        Matcher rules = DRL_RULE.matcher(code);
        while (rules.find()) {
            // names sit in quotes, which JavaText blanked: read them from the original at the same offset
            Matcher original = DRL_RULE.matcher(text);
            if (original.find(rules.start())) {
                String ruleName = firstNonNull(original.group(2), original.group(3), original.group(4));
                checkRuleName(name, JavaText.lineOf(text, rules.start()), ruleName, problems);
            }
        }
        checkReasons(name, text, 1, problems);
    }

    private static void checkTable(String name, DecisionTable table, List<RuleProblem> problems) {
        for (DecisionTable.Table t : table.tables()) {
            DecisionTable.Column nameColumn = t.columns().stream().filter(DecisionTable.Column::isName).findFirst().orElse(null);
            if (nameColumn == null) {
                problems.add(new RuleProblem(name, t.header().number(), "the table '" + t.name()
                        + "' has no NAME column, so its rules carry no rule id"));
            } else {
                for (DecisionTable.Line row : t.rows()) {
                    checkRuleName(name, row.number(), row.cell(nameColumn.index()), problems);
                }
            }
            for (DecisionTable.Column column : t.columns()) {
                checkReasons(name, column.code(), t.code().number(), problems);
            }
        }
    }

    private static void checkRuleName(String file, int line, String ruleName, List<RuleProblem> problems) {
        if (ruleName == null || !RULE_ID.matcher(ruleName.trim()).find()) {
            problems.add(new RuleProblem(file, line, "the rule name '" + ruleName
                    + "' does not start with a rule id such as F-WIN-1 or R-GATE-2"));
        }
    }

    /** Every {@code new Reason(...)} in code whose first line is {@code firstLine} of the file. */
    private static void checkReasons(String file, String text, int firstLine, List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher m = NEW_REASON.matcher(JavaText.code(text));
        while (m.find()) {
            int line = firstLine - 1 + JavaText.lineOf(text, m.start());
            List<String> args = JavaText.arguments(text, m.end() - 1);
            if (args.size() != 6) {
                problems.add(new RuleProblem(file, line, "a reason needs 6 parts (rule id, code, effect, English message, "
                        + "Chinese message, source), this one has " + args.size()));
                continue;
            }
            String ruleId = literal(args.get(0));
            if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
                problems.add(new RuleProblem(file, line, "the reason's rule id " + args.get(0) + " is not a rule id such as F-WIN-1"));
            }
            String code = literal(args.get(1));
            if (code == null || !REASON_CODE.matcher(code).matches()) {
                problems.add(new RuleProblem(file, line, "the reason's code " + args.get(1) + " is not a reason code such as OUTSIDE_APPLICATION_WINDOW"));
            }
            if (!hasWords(args.get(3))) {
                problems.add(new RuleProblem(file, line, "the reason " + code + " has no English message"));
            }
            if (JavaText.stringLiterals(args.get(4)).stream().noneMatch(s -> CJK.matcher(s).find())) {
                problems.add(new RuleProblem(file, line, "the reason " + code + " has no Traditional Chinese message (no Chinese characters in it)"));
            }
            if (!hasWords(args.get(5))) {
                problems.add(new RuleProblem(file, line, "the reason " + code + " names no source"));
            }
        }
    }

    private static boolean hasWords(String expression) {
        return JavaText.stringLiterals(expression).stream().anyMatch(s -> s.chars().anyMatch(Character::isLetter));
    }

    /** The value of an argument that is one string literal, else null. */
    private static String literal(String argument) {
        List<String> literals = JavaText.stringLiterals(argument);
        return literals.size() == 1 && argument.startsWith("\"") && argument.endsWith("\"") ? literals.get(0) : null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
