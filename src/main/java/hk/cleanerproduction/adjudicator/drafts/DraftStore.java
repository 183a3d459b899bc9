package hk.cleanerproduction.adjudicator.drafts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Drafts, their files and their history in the database (tables ruleset_draft, ruleset_draft_file,
 * ruleset_draft_event), so that every replica sees the same drafts. A file is saved only over the content
 * the saver last read (compared by its hash), and a state changes only from the state the caller saw:
 * two officers at work on one draft never overwrite each other silently.
 */
@Repository
class DraftStore {

    private static final String DRAFT_COLUMNS = """
            id, title, author, based_on, state, created_at, updated_at, approver, approval_comment, activated_version,
            checked_hash, check_passed, check_json""";

    private final JdbcTemplate jdbc;

    DraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String title, String author, String basedOn, Map<String, byte[]> files, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into ruleset_draft (title, author, based_on, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setString(1, title);
            insert.setString(2, author);
            insert.setString(3, basedOn);
            insert.setString(4, DraftState.OPEN.name());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        files.forEach((path, content) -> insertFile(id, path, content));
        return id;
    }

    Optional<Draft> find(long id) {
        return jdbc.query("select " + DRAFT_COLUMNS + " from ruleset_draft where id = ?", DraftStore::draft, id).stream().findFirst();
    }

    List<Draft> all() {
        return jdbc.query("select " + DRAFT_COLUMNS + " from ruleset_draft order by id desc", DraftStore::draft);
    }

    /** Every file of the draft by path, in path order. */
    Map<String, byte[]> files(long id) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.query("select path, content from ruleset_draft_file where draft_id = ?",
                rs -> {
                    files.put(rs.getString(1), rs.getBytes(2));
                }, id);
        return files;
    }

    Optional<byte[]> file(long id, String path) {
        return jdbc.query("select content from ruleset_draft_file where draft_id = ? and path = ?", (rs, n) -> rs.getBytes(1), id, path)
                .stream().findFirst();
    }

    /**
     * Saves a file. With {@code expectedHash} the file is replaced only while its content still has that hash;
     * without, it is created only if it does not exist yet.
     *
     * @return whether it was saved
     */
    boolean saveFile(long id, String path, byte[] content, String expectedHash) {
        if (expectedHash == null) {
            if (file(id, path).isPresent()) {
                return false;
            }
            insertFile(id, path, content);
            return true;
        }
        return jdbc.update("update ruleset_draft_file set content = ?, content_hash = ? where draft_id = ? and path = ? and content_hash = ?",
                content, sha256(content), id, path, expectedHash) == 1;
    }

    /** Replaces files whatever they hold (an accepted scenario's new expectation, a rebase). */
    void replaceFiles(long id, Map<String, byte[]> files) {
        files.forEach((path, content) -> {
            if (jdbc.update("update ruleset_draft_file set content = ?, content_hash = ? where draft_id = ? and path = ?",
                    content, sha256(content), id, path) == 0) {
                insertFile(id, path, content);
            }
        });
    }

    boolean deleteFile(long id, String path, String expectedHash) {
        return jdbc.update("delete from ruleset_draft_file where draft_id = ? and path = ? and content_hash = ?", id, path, expectedHash) == 1;
    }

    void deleteFiles(long id, Iterable<String> paths) {
        for (String path : paths) {
            jdbc.update("delete from ruleset_draft_file where draft_id = ? and path = ?", id, path);
        }
    }

    /** Moves the draft from {@code from} to {@code to}; false when another request moved it first. */
    boolean changeState(long id, DraftState from, DraftState to, Instant now) {
        return jdbc.update("update ruleset_draft set state = ?, updated_at = ? where id = ? and state = ?", to.name(),
                Timestamp.from(now), id, from.name()) == 1;
    }

    void approved(long id, String approver, String comment) {
        jdbc.update("update ruleset_draft set approver = ?, approval_comment = ? where id = ?", approver, comment, id);
    }

    void activated(long id, String version) {
        jdbc.update("update ruleset_draft set activated_version = ? where id = ?", version, id);
    }

    /** The draft now starts from {@code version}; its approval, if any, no longer holds. */
    void rebased(long id, String version, Instant now) {
        jdbc.update("update ruleset_draft set based_on = ?, state = ?, approver = null, approval_comment = null, updated_at = ? where id = ?",
                version, DraftState.OPEN.name(), Timestamp.from(now), id);
    }

    void touched(long id, Instant now) {
        jdbc.update("update ruleset_draft set updated_at = ? where id = ?", Timestamp.from(now), id);
    }

    void checked(long id, String contentHash, boolean passed, String json) {
        jdbc.update("update ruleset_draft set checked_hash = ?, check_passed = ?, check_json = ? where id = ?", contentHash, passed,
                json, id);
    }

    void event(long id, String actor, String action, String detail, Instant now) {
        jdbc.update("insert into ruleset_draft_event (draft_id, happened_at, actor, action, detail) values (?, ?, ?, ?, ?)", id,
                Timestamp.from(now), actor, action, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
    }

    List<DraftEvent> history(long id) {
        return jdbc.query("select happened_at, actor, action, detail from ruleset_draft_event where draft_id = ? order by id",
                (rs, n) -> new DraftEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)), id);
    }

    /** A file's ETag: the SHA-256 of its content. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void insertFile(long id, String path, byte[] content) {
        jdbc.update("insert into ruleset_draft_file (draft_id, path, content, content_hash) values (?, ?, ?, ?)", id, path, content,
                sha256(content));
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        boolean checked = rs.getString("checked_hash") != null;
        return new Draft(rs.getLong("id"), rs.getString("title"), rs.getString("author"), rs.getString("based_on"),
                DraftState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("approver"), rs.getString("approval_comment"),
                rs.getString("activated_version"), rs.getString("checked_hash"), checked ? rs.getBoolean("check_passed") : null,
                rs.getString("check_json"));
    }
}
