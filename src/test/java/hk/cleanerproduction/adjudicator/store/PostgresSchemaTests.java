package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.testing.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.ChecksumVersion;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one Liquibase changelog on a real PostgreSQL: it creates the schema on an empty database, and
 * upgrades one that holds the schema as released before (change sets 001 to 012) without losing its
 * decisions; on HSQLDB, no released change set changed its checksum (an existing ./data still starts).
 */
class PostgresSchemaTests {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    static final String PREVIOUS = "db/previous-schema.yaml";

    @BeforeAll
    static void noAnalytics() {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    @Test
    void theChangelogCreatesTheWholeSchemaOnAnEmptyDatabase() throws Exception {
        Postgres.Database database = Postgres.newDatabase("schema_empty");
        try (Connection connection = database.connect()) {
            update(connection, CHANGELOG);
            assertThat(tables(connection)).contains("decision", "decision_request", "ruleset_version", "ruleset_file",
                    "ruleset_activation", "batch_row", "batch_row_decision", "batch_job_instance", "batch_step_execution");
            assertThat(columns(connection, "decision")).contains("batch_id", "input_zip", "decision_zip");
            assertThat(columns(connection, "batch_row_decision")).contains("input_zip");
            update(connection, CHANGELOG); // run again: nothing left to do, nothing fails
        }
    }

    @Test
    void theChangelogUpgradesADatabaseAtThePreviousSchemaKeepingItsDecisions() throws Exception {
        Postgres.Database database = Postgres.newDatabase("schema_upgrade");
        try (Connection connection = database.connect()) {
            update(connection, PREVIOUS);
            assertThat(tables(connection)).doesNotContain("batch_row");
            try (Statement sql = connection.createStatement()) {
                sql.execute("""
                        insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at, input_json, decision_json)
                        values ('0190f0a0-0000-7000-8000-000000000001', 'FUNDING', 'CP25-000001', 'ELIGIBLE', date '2025-06-16',
                                'fixture-1', timestamp '2025-06-16 10:00:00', '{"a":1}', '{"decisionId":"0190f0a0-0000-7000-8000-000000000001"}')""");
                sql.execute("insert into ruleset_version (version, content_hash, label, recorded_at) values ('fixture-1', '"
                        + "0".repeat(64) + "', 'fixture', timestamp '2025-06-16 09:00:00')");
                // the previous schema stored rule files as large objects on PostgreSQL
                sql.execute("insert into ruleset_file (version, path, content) values ('fixture-1', 'ruleset.properties',"
                        + " lo_from_bytea(0, convert_to('label=fixture', 'UTF8')))");
            }
            update(connection, CHANGELOG);
            assertThat(tables(connection)).contains("batch_row", "batch_row_decision", "batch_job_execution");
            try (Statement sql = connection.createStatement();
                    ResultSet kept = sql.executeQuery("select subject_id, batch_id from decision")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("CP25-000001");
                assertThat(kept.getObject(2)).isNull();
            }
            try (Statement sql = connection.createStatement();
                    ResultSet file = sql.executeQuery("select content from ruleset_file where version = 'fixture-1'")) {
                assertThat(file.next()).isTrue();
                assertThat(new String(file.getBytes(1), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("label=fixture");
            }
        }
    }

    @Test
    void anHsqldbAtThePreviousSchemaUpgradesWithEveryReleasedChecksumUnchanged() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:previous-schema-" + System.nanoTime(), "sa", "")) {
            update(connection, PREVIOUS);
            update(connection, CHANGELOG); // a changed checksum of a change set already run fails validation here
            assertThat(tables(connection)).contains("batch_row", "batch_row_decision");
        }
        assertThat(checksums(CHANGELOG)).containsAllEntriesOf(RELEASED);
    }

    /** The checksums of change sets 001 to 012 as released (before PostgreSQL), from a database that ran them. */
    private static final Map<String, String> RELEASED = Map.ofEntries(
            Map.entry("001-create-decision", "9:e032820734b5ba3beb5dfff13b7860b3"),
            Map.entry("002-create-ruleset-version", "9:6553e319ab420845f4c836b2dd9a3dcb"),
            Map.entry("003-create-decision-request", "9:09d984ee3bf0b3b31a9ee5ac2ec190d5"),
            Map.entry("004-store-decision-json-as-text", "9:2d677adcd96b49ddd39e2157919158d0"),
            Map.entry("005-create-batch-job-repository", "9:b0b2c1f1ac56ee3be938ac826565d0a3"),
            Map.entry("005-create-batch-row", "9:d41d8cd98f00b204e9800998ecf8427e"),
            Map.entry("006-create-ruleset-check", "9:0428c23365fa4c738e4269a6089e084f"),
            Map.entry("007-decision-without-subject-index", "9:a3f730ae0d6b42de32018c04a7450649"),
            Map.entry("008-compress-decision-json", "9:d94b49e8795a36477d12e48277079d59"),
            Map.entry("009-batch-row-decision-apart", "9:9265ff04fc78d747aceb4d6a769ba686"),
            Map.entry("011-one-ruleset-history", "9:dd8e8d0387b68258b3c2aa17a1cec5df"),
            Map.entry("012-batch-decisions-are-decisions", "9:5f3be97f63b41c9d834929291fcdbe7a"));

    static void update(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        @SuppressWarnings("deprecation")
        Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
        liquibase.update(new Contexts());
    }

    static Map<String, String> checksums(String changelog) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:checksums-" + System.nanoTime(), "sa", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
            for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
                sums.put(changeSet.getId(), changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
            }
        }
        return sums;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String t : List.of(table, table.toUpperCase())) {
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, t, "%")) {
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return names;
    }
}
