package hk.cleanerproduction.adjudicator.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.testing.Browser;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The policy officers' whole story in a real browser, in English and in 繁體中文: sign in as officer, open
 * a draft, lower the NEW_TECHNOLOGY ceiling in the grant-terms grid from 650,000 to 600,000, check (the
 * scenarios that now fail, expected against got), accept all, check passes, see the impact on
 * test-data/funding/applications.csv, submit; the author cannot approve; the reviewer approves and
 * activates; the sample application is now granted 600,000 under the new version; the versions page shows
 * author and approver; roll back, and it is 650,000 again. Screenshots of each step go to
 * target/workbench-screenshots/story-LANG/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchStoryBrowserTests {

    static final String PASSWORD = "test-password"; // application-test.properties
    static final String GRANT_TERMS = "funding/parameters/grant-terms.drl.csv";
    static final String NEW_TECHNOLOGY_ROW = "F-AMT-2 2025-2027 new technology";

    /** What the officer reads in each language at the steps the test checks. */
    static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("home", "Home", "ceiling", "Ceiling HK$", "when", "When (conditions)", "expected", "Expected",
                    "got", "Got", "acceptAll", "Accept all", "passed", "Passed", "approved", "approved", "active", "active"),
            "zh-Hant", Map.of("home", "首頁", "ceiling", "上限（港元）", "when", "當（條件）", "expected", "預期",
                    "got", "實際", "acceptAll", "全部接受", "passed", "通過", "approved", "已批准", "active", "已啟用"));

    private static final RulesCopy RULES;

    static {
        try {
            RULES = RulesCopy.of(Files.createTempDirectory("workbench-story"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void isolated(DynamicPropertyRegistry registry) {
        registry.add("adjudicator.rules-dir", () -> RULES.root().toString());
        // a database of its own: the activations here must not change what other tests' services see
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:workbench-story;shutdown=true");
        registry.add("adjudicator.gate-cache", () -> RULES.root().resolveSibling("gate").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ActiveRuleset active;

    @TempDir
    Path profile;

    Browser browser;
    String original;

    @BeforeEach
    void remember() {
        original = active.get().version();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "zh-Hant"})
    void anOfficerChangesACeilingAReviewerApprovesItAndItIsRolledBack(String language) throws IOException {
        Map<String, String> words = WORDS.get(language);
        browser = Browser.start(port, "story-" + language, 1280, 1400, profile);
        browser.open("/workbench/sign-in.html");
        if (!language.equals("en")) {
            browser.click("#lang-switch");
        }
        browser.type("#username", "officer").type("#password", PASSWORD).click("#sign-in-button");
        browser.waitForUrl("/workbench/");
        assertThat(browser.waitForText("h1", words.get("home"))).isEqualTo(words.get("home"));
        browser.waitForText("#active-version", original);
        browser.screenshot("home");

        // a draft of the active rules
        browser.type("#draft-title", "NEW_TECHNOLOGY ceiling HK$600,000 (" + language + ")").click("#create-draft");
        browser.waitForUrl("/workbench/draft.html?id=");
        String draftUrl = browser.path();
        browser.waitForText("#draft-based-on", original);

        // the grant-terms table as a grid: column names in words, the ceiling edited in its cell
        browser.click("button[data-path='" + GRANT_TERMS + "']");
        browser.find("#grid .tabulator-row");
        assertThat(browser.find("#grid .tabulator-header").getAttribute("textContent")).contains(words.get("ceiling"))
                .contains(words.get("when"));
        WebElement ceiling = ceilingCell();
        assertThat(ceiling.getAttribute("textContent")).isEqualTo("650000");
        assertThat(ceiling.getAttribute("tabindex")).as("a cell reached with Tab starts editing").isEqualTo("0");
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", ceiling);
        ceiling.click();
        WebElement input = browser.find("#grid .tabulator-cell.tabulator-editing input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "600000", Keys.ENTER);
        browser.waitFor(d -> ceilingCell().getAttribute("textContent").equals("600000") ? true : null, "the ceiling to read 600000");
        browser.script("document.getElementById('file-name').scrollIntoView();"
                + "const holder = document.querySelector('#grid .tabulator-tableholder');"
                + "holder.scrollLeft = holder.scrollWidth;");
        browser.screenshot("grid-edited");
        browser.click("#save");
        browser.waitFor(d -> browser.find("#file-status").getAttribute("class").contains("ok") ? true : null, "the file saved");

        // check: the scenarios of the old ceiling fail, each with what it expected and what it got
        browser.click("#check");
        browser.waitFor(d -> "false".equals(browser.find("#check-verdict").getAttribute("data-passed")) ? true : null,
                "a failed check");
        List<WebElement> failures = browser.all("#failures tbody tr");
        assertThat(failures).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.text("#failures thead")).contains(words.get("expected")).contains(words.get("got"));
        assertThat(failures.get(0).findElement(By.cssSelector(".expected")).getText()).contains("grantHkd: 650000");
        assertThat(failures.get(0).findElement(By.cssSelector(".got")).getText()).contains("grantHkd: 600000");
        assertThat(browser.text("#accept-all")).isEqualTo(words.get("acceptAll"));
        browser.script("document.getElementById('check-heading').scrollIntoView()");
        browser.screenshot("check-failing");

        // accept all: the new results are the scenarios' expectations, and the check passes
        browser.click("#accept-all");
        browser.waitFor(d -> browser.all("#check-verdict[data-passed=true]").isEmpty() ? null : true, "a passed check");
        assertThat(browser.text("#check-verdict")).contains(words.get("passed"));
        browser.script("document.getElementById('check-heading').scrollIntoView()");
        browser.screenshot("check-passed");

        // impact on the sample data set: who would now be granted less
        browser.find("#impact-input").clear();
        browser.type("#impact-input", "test-data/funding/applications.csv").click("#impact-run");
        browser.waitFor(d -> browser.all("#impact-grid .tabulator-row").isEmpty() ? null : true, "the changed applicants");
        assertThat(Integer.parseInt(browser.text("#impact-changed"))).isPositive();
        assertThat(browser.text("#impact-budget-difference")).startsWith("HK$-");
        assertThat(browser.text("#impact-grid")).contains("600,000");
        browser.script("document.getElementById('impact-heading').scrollIntoView()");
        browser.screenshot("impact");

        // submit; its author cannot approve it (the button is off, and the API refuses)
        browser.click("#submit");
        browser.waitFor(d -> browser.all("#draft-state[data-state=SUBMITTED]").isEmpty() ? null : true, "SUBMITTED");
        assertThat(browser.find("#approve").isEnabled()).isFalse();
        Object refused = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "WB.api('POST', '/api/v1/drafts/' + new URLSearchParams(location.search).get('id') + '/approve', {comment: 'mine'})"
                + ".then(() => done(200)).catch(e => done(e.status));");
        assertThat(((Number) refused).intValue()).isEqualTo(403);
        browser.signOut();

        // a second officer approves and activates
        browser.signIn("reviewer", PASSWORD);
        browser.open(draftUrl);
        browser.waitFor(d -> browser.all("#draft-state[data-state=SUBMITTED]").isEmpty() ? null : true, "SUBMITTED");
        browser.type("#approve-comment", "Agreed with the budget office").click("#approve");
        browser.waitFor(d -> browser.all("#draft-state[data-state=APPROVED]").isEmpty() ? null : true, "APPROVED");
        assertThat(browser.text("#draft-state")).isEqualTo(words.get("approved"));
        browser.click("#activate");
        browser.waitFor(d -> browser.all("#draft-state[data-state=ACTIVE]").isEmpty() ? null : true, "ACTIVE");
        assertThat(browser.text("#draft-state")).isEqualTo(words.get("active"));
        browser.script("document.getElementById('flow-heading').scrollIntoView()");
        browser.screenshot("approved-and-active");
        String changed = active.get().version();
        assertThat(changed).isNotEqualTo(original);

        // the next decision is made under the new version
        assertThat(decideSample()).isEqualTo("600,000");
        assertThat(browser.text("#decision-version")).isEqualTo(changed);
        browser.screenshot("decision-600000");

        // the versions: who changed, who approved; the difference; roll back
        browser.open("/workbench/versions.html");
        WebElement newest = browser.find("#versions-table tr.active-version");
        assertThat(newest.getAttribute("data-version")).isEqualTo(changed);
        assertThat(newest.findElement(By.cssSelector(".author")).getText()).isEqualTo("officer");
        assertThat(newest.findElement(By.cssSelector(".approver")).getText()).isEqualTo("reviewer");
        browser.script("document.getElementById('diff-from').value = arguments[0];"
                + "document.getElementById('diff-to').value = arguments[1];", original, changed);
        browser.click("#diff-show");
        assertThat(browser.waitForText("#diff", "600000")).contains(GRANT_TERMS).contains("650000 → 600000");
        browser.screenshot("versions");
        browser.click("#versions-table tr[data-version='" + original + "'] button.rollback");
        browser.driver().switchTo().alert().accept();
        browser.waitFor(d -> {
            List<WebElement> row = browser.all("#versions-table tr.active-version");
            return !row.isEmpty() && original.equals(row.get(0).getAttribute("data-version")) ? true : null;
        }, "the original version active again");
        assertThat(active.get().version()).isEqualTo(original);
        browser.screenshot("rolled-back");
        assertThat(decideSample()).isEqualTo("650,000");
    }

    @org.junit.jupiter.api.Test
    void aDrlThatDoesNotCompileIsShownAtItsFileAndLineAndTheDraftKeepsWhatWasTyped() {
        browser = Browser.start(port, "drl-problem", 1280, 1000, profile);
        browser.signIn("officer", PASSWORD);
        browser.type("#draft-title", "A typing mistake").click("#create-draft");
        browser.waitForUrl("/workbench/draft.html?id=");
        String drl = "funding/funding-amount.drl";
        browser.click("button[data-path='" + drl + "']");
        browser.find("#editor-pane .CodeMirror");
        // a DRL the officer mistyped: a condition that names nothing the rules know
        browser.script("const cm = document.querySelector('#editor-pane .CodeMirror').CodeMirror;"
                + "cm.replaceRange('\\nrule \"typo\"\\nwhen\\n    FundingApplication( noSuchField == 1 )\\nthen\\nend\\n',"
                + " {line: cm.lastLine() + 1, ch: 0});");
        browser.click("#save");
        browser.waitFor(d -> browser.find("#file-status").getAttribute("class").contains("ok") ? true : null, "the file saved");
        browser.click("#check");
        String problems = browser.waitForText("#check-problems", drl + ":");
        assertThat(problems).contains("noSuchField");
        // the editor marks the line of the problem, and what was typed is still there
        browser.waitFor(d -> browser.all("#editor-pane .CodeMirror .problem-line").isEmpty() ? null : true, "a marked line");
        assertThat((String) browser.script("return document.querySelector('#editor-pane .CodeMirror').CodeMirror.getValue()"))
                .contains("noSuchField == 1");
        browser.screenshot("drl-problem");
        assertThat(browser.find("#submit").isEnabled()).isTrue();
        browser.click("#submit"); // refused: the last check did not pass
        browser.waitFor(d -> browser.find("#status").getAttribute("class").contains("error") ? true : null, "a refusal");
        assertThat(browser.find("#draft-state").getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(active.get().version()).isEqualTo(original);
    }

    private WebElement ceilingCell() {
        for (WebElement row : browser.all("#grid .tabulator-row")) {
            List<WebElement> name = row.findElements(By.cssSelector(".tabulator-cell[tabulator-field=c0]"));
            if (!name.isEmpty() && name.get(0).getAttribute("textContent").equals(NEW_TECHNOLOGY_ROW)) {
                return row.findElement(By.cssSelector(".tabulator-cell[tabulator-field=c6]"));
            }
        }
        throw new AssertionError("no grid row " + NEW_TECHNOLOGY_ROW);
    }

    /** Decides the sample application (SPEC.md's) on the decisions page and answers the grant it shows. */
    private String decideSample() throws IOException {
        browser.open("/workbench/decisions.html");
        browser.find("#decide-input");
        browser.script("document.getElementById('decide-input').value = arguments[0];",
                Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json")));
        browser.click("#decide-button");
        browser.waitForText("#decision-outcome", "ELIGIBLE");
        return browser.text("#decision-grant");
    }
}
