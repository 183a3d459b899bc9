package hk.cleanerproduction.adjudicator.ruleset;

import java.nio.file.Path;

/**
 * A file of the rules directory.
 *
 * @param relativePath the path below the rules directory, with forward slashes
 * @param path         where it is on disk
 * @param content      its bytes as read when the ruleset was built (what the version hash covers)
 */
public record RuleFile(String relativePath, Path path, byte[] content) {

    /** Drools compiles DRL files and decision tables; everything else (scenarios, README) is not a rule. */
    public boolean isCompiled() {
        String name = relativePath.toLowerCase();
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
    }
}
