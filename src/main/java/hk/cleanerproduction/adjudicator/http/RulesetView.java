package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ReloadAttempt;
import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The active ruleset as {@code GET /api/v1/ruleset} shows it: version, content hash, when it was built
 * and activated, every file (with its size and SHA-256), every rule by name, and the last attempt to
 * bring a change live (with its problems when it was refused and the old ruleset kept serving);
 * {@code changeRefused} says the same as the ruleset's health. {@code recentDecisions} is how many decisions
 * the service stored in the last 24 hours by its own clock: an operational figure for the workbench's home page.
 */
public record RulesetView(String version, String label, String contentHash, Instant builtAt, Instant activatedAt,
        List<FileView> files, List<String> rules, boolean changeRefused, long recentDecisions, ReloadAttempt lastAttempt) {

    public record FileView(String path, int bytes, String sha256) {
    }

    static RulesetView of(Ruleset ruleset, Instant activatedAt, ReloadAttempt lastAttempt, long recentDecisions) {
        return new RulesetView(ruleset.version(), ruleset.label(), ruleset.contentHash(), ruleset.builtAt(),
                activatedAt, ruleset.files().stream().map(RulesetView::file).toList(), ruleset.ruleNames(),
                lastAttempt != null && lastAttempt.result() == ReloadAttempt.Result.REFUSED, recentDecisions, lastAttempt);
    }

    private static FileView file(RuleFile f) {
        try {
            return new FileView(f.relativePath(), f.content().length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.content())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
