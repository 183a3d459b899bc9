package hk.cleanerproduction.adjudicator.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages that need no draft, in a real browser: signing in, the home page, looking up, reading and
 * replaying a decision, both languages, and a phone-sized screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchPagesBrowserTests {

    static final String PASSWORD = "test-password"; // application-test.properties

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theServiceAddressLeadsToTheSignInFormAndAWrongPasswordIsSaidSo() {
        browser = Browser.start(port, "sign-in", 1280, 900, profile);
        browser.open("/");
        browser.waitForUrl("/workbench/sign-in.html");
        browser.type("#username", "officer").type("#password", "not-the-password").click("#sign-in-button");
        assertThat(browser.waitForText("#status", "wrong")).contains("The user name or the password is wrong.");
        browser.screenshot("wrong-password");

        browser.type("#username", "officer").type("#password", PASSWORD).click("#sign-in-button");
        browser.waitForUrl("/workbench/");
        assertThat(browser.waitForText("#who", "officer")).isEqualTo("Signed in as officer");
        // the active ruleset of the fixture, as GET /api/v1/ruleset names it
        assertThat(browser.waitForText("#active-version", "-")).matches("\\S+-[0-9a-f]{8}");
        assertThat(browser.text("#checks")).isEqualTo("Build, rule checks and every scenario passed");
        browser.screenshot("home");

        browser.signOut();
        assertThat(browser.waitForText("#status", "signed out")).isEqualTo("You have signed out.");
        browser.open("/workbench/versions.html");
        browser.waitForUrl("/workbench/sign-in.html");
    }

    @Test
    void anOfficerDecidesTheSampleApplicationReadsItsReasonsInBothLanguagesAndReplaysIt() throws IOException {
        browser = Browser.start(port, "decisions", 1280, 900, profile);
        browser.signIn("officer", PASSWORD);
        browser.click("nav a[href='/workbench/decisions.html']");
        browser.find("#decide-input");
        browser.script("document.getElementById('decide-input').value = arguments[0];",
                Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json")));
        browser.click("#decide-button");
        assertThat(browser.waitForText("#decision-outcome", "ELIGIBLE")).isEqualTo("ELIGIBLE");
        assertThat(browser.text("#decision-grant")).isEqualTo("650,000");
        String decisionId = browser.text("#decision-id");

        // looked up again by its id, as a colleague would after a phone call
        browser.open("/workbench/decisions.html");
        browser.type("#lookup-id", decisionId).click("#find");
        assertThat(browser.waitForText("#decision-id", decisionId)).isEqualTo(decisionId);
        assertThat(browser.waitForText("#reasons", "F-AMT-2")).contains("The grant is limited to the HK$650,000 ceiling.")
                .contains("資助額以港幣650,000元上限為限。");
        browser.click("#replay");
        assertThat(browser.waitForText("#replay-result", "same")).startsWith("Replayed under ").endsWith(": the same decision.");
        browser.screenshot("decision-en");

        browser.click("#lang-switch");
        assertThat(browser.waitForText("h1", "裁定")).isEqualTo("裁定");
        assertThat(browser.text("#find")).isEqualTo("查閱");
        assertThat(browser.text("#replay-result")).contains("結果相同");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-Hant");
        browser.screenshot("decision-zh");
        // the choice is kept from page to page
        browser.click("nav a[href='/workbench/']");
        assertThat(browser.waitForText("h1", "首頁")).isEqualTo("首頁");
    }

    @Test
    void aLookupOfAnUnknownDecisionSaysSo() {
        browser = Browser.start(port, "decision-unknown", 1280, 900, profile);
        browser.signIn("officer", PASSWORD);
        browser.open("/workbench/decisions.html?id=00000000-0000-0000-0000-000000000000");
        assertThat(browser.waitForText("#status", "No decision")).isEqualTo("No decision with this id.");
    }

    @Test
    void everyPageFitsAPhoneScreenWithoutScrollingSideways() {
        browser = Browser.start(port, "phone", 390, 844, profile);
        browser.signIn("officer", PASSWORD);
        for (String page : new String[] {"/workbench/", "/workbench/versions.html", "/workbench/decisions.html"}) {
            browser.open(page);
            browser.find("h1");
            browser.waitForText("#who", "officer");
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) browser.script(
                    "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
            assertThat(((Number) widths.get("page")).intValue()).as(page)
                    .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
        }
        browser.open("/workbench/");
        browser.waitForText("#who", "officer");
        browser.screenshot("home-390px");
    }

    @Test
    void theFormsAreLabelledAndReachableByKeyboard() {
        browser = Browser.start(port, "labels", 1280, 900, profile);
        browser.signIn("officer", PASSWORD);
        for (String page : new String[] {"/workbench/", "/workbench/versions.html", "/workbench/decisions.html"}) {
            browser.open(page);
            browser.waitForText("#who", "officer");
            Object unlabelled = browser.script("return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id || e.name)");
            assertThat((java.util.List<?>) unlabelled).as(page).isEmpty();
        }
    }
}
