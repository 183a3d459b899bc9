package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which rules a starting process decides under. The active ruleset belongs to the database: it is the
 * version of the newest activation, and a process starts under it, built from its stored files, whatever
 * its own rules folder holds. The folder counts only when an officer edited it on disk, and that is told
 * apart by content: files the database has never seen (no stored version has them) are an edit, and go
 * through the gate to become the new active version; files it has seen (an older copy on a replica that
 * was not updated, or rules put back on disk after a rollback) are not news, and are left alone. An
 * older version is made active again on purpose by a reload or a rollback, never by a restart. With no
 * activation yet, the folder starts the history.
 */
final class StartingRuleset {

    private static final Logger log = LoggerFactory.getLogger(StartingRuleset.class);

    private final RulesetGate gate;
    private final RulesetVersions versions;

    StartingRuleset(RulesetGate gate, RulesetVersions versions) {
        this.gate = gate;
        this.versions = versions;
    }

    CheckReport check(Path rulesDir) {
        RulesDirectory folder;
        try {
            folder = RulesDirectory.read(rulesDir);
        } catch (IOException e) {
            return gate.check(rulesDir); // reports the folder that cannot be read, as file: message
        }
        Optional<String> active = versions.activeVersion();
        if (active.isEmpty() || active.get().equals(folder.version())) {
            return gate.check(folder);
        }
        if (!versions.isStored(folder.version())) {
            log.info("{} holds {}, which the database has never seen (edited on disk): it replaces the active version {} if it passes the gate",
                    rulesDir, folder.version(), active.get());
            return gate.check(folder);
        }
        Optional<RulesDirectory> stored = versions.files(active.get());
        if (stored.isEmpty()) {
            // an activation without files cannot be built anywhere: the folder is all there is
            log.warn("The database's active version {} has no stored files; starting under {} from {}", active.get(),
                    folder.version(), rulesDir);
            return gate.check(folder);
        }
        log.info("{} holds {}, an earlier version the database knows; deciding under the database's active version {}",
                rulesDir, folder.version(), active.get());
        return gate.check(stored.get());
    }
}
