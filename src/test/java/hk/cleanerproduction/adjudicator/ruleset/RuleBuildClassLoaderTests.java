package hk.cleanerproduction.adjudicator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The rules' class loader answers the names Drools tries and misses without asking the application's
 * loader, and loads every class that exists as the application's own (a rule that saw another
 * FundingApplication class would match no application).
 */
class RuleBuildClassLoaderTests {

    private final RuleBuildClassLoader loader = RuleBuildClassLoader.shared();

    @Test
    void theClassPathIsListedWithTheApplicationsLibrariesAndOwnClasses() {
        Set<String> packages = RuleBuildClassLoader.classPathPackages().orElseThrow();

        assertThat(packages).contains("hk.cleanerproduction.adjudicator.funding", "org.drools.core.common", "org.kie.api")
                .doesNotContain("hk", "java.lang.hk", "hk.cleanerproduction.rules.funding");
    }

    @Test
    void aClassThatExistsIsTheApplicationsOwn() throws Exception {
        assertThat(loader.loadClass(FundingApplication.class.getName())).isSameAs(FundingApplication.class);
        assertThat(loader.loadClass(KieBase.class.getName())).isSameAs(KieBase.class);
        assertThat(loader.loadClass("java.time.LocalDate")).isSameAs(java.time.LocalDate.class);
    }

    @Test
    void namesThatDoNotExistAreRefusedWhetherTheirPackageExistsOrNot() {
        for (String name : new String[] {"java.lang.FundingApplication", "hk.cleanerproduction.rules.funding.GrantRate",
                "hk.cleanerproduction.adjudicator.funding.NoSuchThing", "org.kie.api.definition.type.hk"}) {
            assertThatThrownBy(() -> loader.loadClass(name)).isInstanceOf(ClassNotFoundException.class).hasMessage(name);
            assertThatThrownBy(() -> loader.loadClass(name)).as("asked again").isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void withoutAListOfTheClassPathItStillLoadsAndRefusesCorrectly() throws Exception {
        RuleBuildClassLoader unlisted = new RuleBuildClassLoader(getClass().getClassLoader(), Optional.empty());

        assertThat(unlisted.loadClass(FundingApplication.class.getName())).isSameAs(FundingApplication.class);
        assertThatThrownBy(() -> unlisted.loadClass("java.lang.FundingApplication")).isInstanceOf(ClassNotFoundException.class);
    }
}
