package hk.cleanerproduction.adjudicator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for the tests. {@code ADJUDICATOR_TEST_POSTGRES_URL} names a server (a JDBC URL to a
 * database the test user may create databases from, with {@code user=} and {@code password=}), as
 * {@code .ci/run} gives it; without it the tests start a throwaway cluster of their own from the PostgreSQL
 * binaries ({@code ADJUDICATOR_TEST_POSTGRES_BIN}, default Debian's {@code /usr/lib/postgresql/15/bin}) in a
 * temporary folder on a free port, removed when the JVM ends. With neither, the PostgreSQL tests are
 * skipped, saying why, or fail when {@code CI} is set: CI must never pass without them.
 * Each test class takes a database of its own ({@link #newDatabase}).
 */
public final class Postgres {

    public static final String URL_VARIABLE = "ADJUDICATOR_TEST_POSTGRES_URL";
    private static final Path DEFAULT_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server shared;

    private Postgres() {
    }

    /** A database on a server: its JDBC URL, and the user and password to connect with. */
    public record Database(String url, String username, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        /** Spring settings that make an application use this database, with a small pool per replica. */
        public List<String> springSettings() {
            return List.of("spring.datasource.url=" + url, "spring.datasource.username=" + username,
                    "spring.datasource.password=" + password, "spring.datasource.hikari.maximum-pool-size=6");
        }
    }

    /** A server: where it listens, its superuser and password. */
    public record Server(String host, int port, String username, String password) {

        public Database database(String name) {
            return new Database("jdbc:postgresql://" + host + ":" + port + "/" + name, username, password);
        }

        /** A new, empty database on this server. */
        public Database newDatabase(String purpose) {
            String name = "adj_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                    + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection admin = database("postgres").connect(); Statement sql = admin.createStatement()) {
                sql.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
            }
            return database(name);
        }
    }

    /** A new, empty database on the shared test server (skipped or failed as the class says when there is none). */
    public static Database newDatabase(String purpose) {
        return server().newDatabase(purpose);
    }

    public static synchronized Server server() {
        if (shared == null) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                shared = parse(url);
            } else {
                requireBinaries();
                shared = Cluster.start().server();
            }
        }
        return shared;
    }

    /** Skips the test (or fails it under CI) when no PostgreSQL binaries are there to start a cluster. */
    public static void requireBinaries() {
        if (!Files.isExecutable(bin().resolve("initdb"))) {
            String why = "no PostgreSQL for the tests: neither " + URL_VARIABLE + " nor " + bin().resolve("initdb")
                    + " (apt-get install postgresql-15)";
            if (System.getenv("CI") != null) {
                Assertions.fail(why + "; CI is set, so this is a failure, not a skip");
            }
            Assumptions.abort(why);
        }
    }

    static Path bin() {
        String bin = System.getenv("ADJUDICATOR_TEST_POSTGRES_BIN");
        return bin == null || bin.isBlank() ? DEFAULT_BIN : Path.of(bin);
    }

    private static Server parse(String url) {
        var m = java.util.regex.Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/[^?]*\\?(.*)$").matcher(url);
        if (!m.find()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
        }
        String user = "postgres";
        String password = "";
        for (String parameter : m.group(3).split("&")) {
            if (parameter.startsWith("user=")) {
                user = parameter.substring(5);
            } else if (parameter.startsWith("password=")) {
                password = parameter.substring(9);
            }
        }
        return new Server(m.group(1), Integer.parseInt(m.group(2)), user, password);
    }

    /**
     * A throwaway cluster: initdb, pg_ctl start on a free port of 127.0.0.1, password authentication. When
     * the tests run as root (initdb refuses root), as the {@code postgres} user.
     */
    public static final class Cluster {

        private static final String PASSWORD = "adjudicator-test";
        private final Path folder;
        private final int port;

        private Cluster(Path folder, int port) {
            this.folder = folder;
            this.port = port;
        }

        public static Cluster start() {
            requireBinaries();
            try {
                Path folder = Files.createTempDirectory("adjudicator-postgres-");
                Files.writeString(folder.resolve("password"), PASSWORD, StandardCharsets.UTF_8);
                if (asRoot()) {
                    UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                    Files.setOwner(folder, postgres);
                    Files.setOwner(folder.resolve("password"), postgres);
                }
                run(List.of(bin().resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", "postgres",
                        "--pwfile=" + folder.resolve("password"), "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"), folder);
                Cluster cluster = new Cluster(folder, freePort());
                cluster.startServer();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::remove));
                return cluster;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Server server() {
            return new Server("127.0.0.1", port, "postgres", PASSWORD);
        }

        /** Starts the server again (after {@link #stop()}), on the same port. */
        public void startServer() {
            run(List.of(bin().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
                    folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c max_connections=300", "start"), folder);
        }

        /** Stops the server at once, as a crash or a network cut looks to its clients. */
        public void stop() {
            run(List.of(bin().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"),
                    folder);
        }

        private void remove() {
            try {
                stop();
            } catch (RuntimeException alreadyStopped) {
                // removed all the same
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder
            }
        }

        private static void run(List<String> command, Path folder) {
            List<String> full = new ArrayList<>();
            if (asRoot()) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            try {
                Process process = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static boolean asRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
