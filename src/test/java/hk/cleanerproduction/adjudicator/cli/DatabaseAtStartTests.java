package hk.cleanerproduction.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.Postgres;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database server that cannot be used stops {@code serve} at once with one line naming it (its URL
 * without the password) and exit 1: not reachable, the user refused, not a supported database.
 */
class DatabaseAtStartTests {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aDatabaseThatIsDownIsOneLineNamingItsUrlWithoutThePassword() throws IOException {
        int closed = closedPort();
        int exit = serve("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/adjudicator?password=s3cret",
                "--spring.datasource.username=adjudicator");

        assertThat(exit).isEqualTo(AdjudicatorCli.PROBLEMS);
        assertThat(console.errors().strip()).startsWith("Cannot reach the database at jdbc:postgresql://127.0.0.1:" + closed
                + "/adjudicator?password=***").doesNotContain("s3cret").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void wrongCredentialsAreOneLine() {
        Postgres.Database database = Postgres.server().database("postgres");
        int exit = serve("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=not-the-password");

        assertThat(exit).isEqualTo(AdjudicatorCli.PROBLEMS);
        assertThat(console.errors().strip()).isEqualTo("The database at " + database.url() + " refused the user as "
                + database.username() + ": check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }

    @Test
    void anUnsupportedDatabaseIsOneLine() {
        int exit = serve("--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/adjudicator");

        assertThat(exit).isEqualTo(AdjudicatorCli.PROBLEMS);
        assertThat(console.errors().strip()).contains("jdbc:mysql://127.0.0.1:3306/adjudicator")
                .contains("needs PostgreSQL 15 or later").doesNotContain("\n");
    }

    private static int serve(String... settings) {
        String[] args = new String[settings.length + 5];
        args[0] = "serve";
        args[1] = "--port";
        args[2] = "0";
        args[3] = "--rules";
        args[4] = FixtureRules.DIR.toString();
        System.arraycopy(settings, 0, args, 5, settings.length);
        return AdjudicatorCli.run(args);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
