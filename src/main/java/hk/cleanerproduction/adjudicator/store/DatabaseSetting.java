package hk.cleanerproduction.adjudicator.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The database a command is about to use ({@code spring.datasource.url}, {@code .username}, {@code .password}
 * as command-line settings, Java properties or {@code SPRING_DATASOURCE_*} variables; else the embedded
 * HSQLDB file under ./data), and a look at it before anything starts: a server that cannot be reached,
 * refuses the user or is not a database the adjudicator supports is one line naming the URL (never the
 * password), not a Liquibase or connection-pool trace several screens long.
 */
public record DatabaseSetting(String url, String username, String password) {

    static final String DEFAULT_URL = "jdbc:hsqldb:file:./data/adjudicator";
    /** The oldest PostgreSQL the changelog and the queries are tested on. */
    static final int OLDEST_POSTGRESQL = 15;
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*:[^/@]*@");

    /** The setting as the application will read it: {@code commandLine} (--name=value) first, then the JVM, then the environment. */
    public static DatabaseSetting of(List<String> commandLine) {
        Function<String, String> setting = name -> commandLine.stream()
                .filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3))
                .reduce((first, last) -> last)
                .orElseGet(() -> System.getProperty(name,
                        System.getenv(name.toUpperCase().replace('.', '_').replace("-", ""))));
        String url = setting.apply("spring.datasource.url");
        return new DatabaseSetting(url == null || url.isBlank() ? DEFAULT_URL : url,
                setting.apply("spring.datasource.username"), setting.apply("spring.datasource.password"));
    }

    public boolean embedded() {
        return url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:");
    }

    /** The URL as it may be shown: any password in it is hidden. */
    public String displayUrl() {
        return USER_INFO.matcher(PASSWORD_IN_URL.matcher(url).replaceAll("$1***")).replaceAll("//***@");
    }

    /**
     * Connects once (within {@code timeoutSeconds}) to a database server and says what is wrong, if anything;
     * the embedded database is opened by the application itself and never probed.
     */
    public Optional<String> problem(int timeoutSeconds) {
        if (embedded()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        properties.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        DriverManager.setLoginTimeout(timeoutSeconds);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            DatabaseMetaData database = connection.getMetaData();
            String product = database.getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                return Optional.of(unsupported(product + " " + database.getDatabaseProductVersion()));
            }
            if (database.getDatabaseMajorVersion() < OLDEST_POSTGRESQL) {
                return Optional.of(unsupported("PostgreSQL " + database.getDatabaseProductVersion()));
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(describe(e));
        }
    }

    private String unsupported(String what) {
        return "The database at " + displayUrl() + " is " + what + ": the adjudicator needs PostgreSQL "
                + OLDEST_POSTGRESQL + " or later (or the embedded HSQLDB, with no SPRING_DATASOURCE_URL).";
    }

    private String describe(SQLException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
            return unsupported("not a database this build has a driver for");
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String who = username == null ? "" : " as " + username;
        if (state.equals("28P01") || state.equals("28000")) {
            return "The database at " + displayUrl() + " refused the user" + who
                    + ": check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";
        }
        if (state.equals("3D000")) {
            return "The database at " + displayUrl() + " does not exist: create it (createdb), or correct SPRING_DATASOURCE_URL.";
        }
        if (state.startsWith("08")) {
            return "Cannot reach the database at " + displayUrl() + " (" + firstLine(e) + "): start it, or correct SPRING_DATASOURCE_URL.";
        }
        return "The database at " + displayUrl() + " cannot be used" + who + ": " + firstLine(e);
    }

    private String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (password != null && !password.isEmpty()) {
            message = message.replace(password, "***");
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
