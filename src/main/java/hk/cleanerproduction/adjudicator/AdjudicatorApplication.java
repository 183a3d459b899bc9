package hk.cleanerproduction.adjudicator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application behind {@code ./adjudicator serve} and {@code ./adjudicator batch}. The
 * other commands run without it (see {@link hk.cleanerproduction.adjudicator.cli.AdjudicatorCli}).
 */
@SpringBootApplication
public class AdjudicatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdjudicatorApplication.class, args);
    }
}
