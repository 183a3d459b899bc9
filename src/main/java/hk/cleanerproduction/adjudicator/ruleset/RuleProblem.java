package hk.cleanerproduction.adjudicator.ruleset;

/**
 * One problem in the rules, where a policy officer can find it: {@code file:line: message}.
 *
 * @param file    the path as the officer knows it (the rules directory as given, plus the file)
 * @param line    1-based line, or 0 when the problem has no line (a missing file, a whole table)
 * @param message plain words, on one line
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
