package hk.cleanerproduction.adjudicator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the workbench's tests: Debian's Chromium driven by its own chromedriver (nothing is
 * downloaded at run time). Without a browser the tests are skipped with a message, except in CI (the
 * {@code CI} variable set), where they fail: CI must prove the pages work.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("adjudicator.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("adjudicator.test.chromedriver", "/usr/bin/chromedriver"));
    // a check or an impact takes seconds alone, but the machine running the tests may be busy
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private int shot;

    private Browser(WebDriver driver, String base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    /** Starts a headless Chromium of the given width, its screenshots going to target/workbench-screenshots/NAME/. */
    public static Browser start(int port, String name, int width, int height, Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install -y chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing + "; the browser tests are skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a closed network: no first-run, sync, component or background connections; a fresh profile each time
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=en-GB", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        Path screenshots = Path.of("target", "workbench-screenshots", name);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, "http://127.0.0.1:" + port, screenshots);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        }, "a visible " + css);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits until the element's text contains the expected text (pages fill in after their API calls). */
    public String waitForText(String css, String expected) {
        waitFor(d -> currentText(css).contains(expected) ? true : null,
                css + " to contain \"" + expected + "\" (it shows \"" + currentText(css) + "\")");
        return currentText(css);
    }

    /** The element's text; a page may replace the element while it is read, and then it is read again. */
    private String currentText(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<WebElement> found = driver.findElements(By.cssSelector(css));
                return found.isEmpty() ? "<nothing>" : found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    return "<being replaced>";
                }
            }
        }
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        WebElement element = waitFor(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() && e.isEnabled() ? e : null;
        }, "an enabled " + css);
        element.click();
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    public <T> T waitFor(Function<WebDriver, T> condition, String what) {
        try {
            // the pages redraw parts of themselves after each answer: an element found a moment ago may be gone
            return new WebDriverWait(driver, WAIT).withMessage("waited for " + what)
                    .ignoring(StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout");
            throw e;
        }
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
    }

    /** Keeps what the page looks like now as target/workbench-screenshots/NAME/NN-step.png (a test artefact). */
    public Path screenshot(String step) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, step));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Signs in through the form, as a person does, and waits until the browser has left the sign-in page:
     * a page opened before the sign-in's redirect lands would be replaced by it.
     */
    public Browser signIn(String user, String password) {
        open("/workbench/sign-in.html");
        type("#username", user).type("#password", password).click("#sign-in-button");
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("sign-in"));
        return this;
    }

    public Browser signOut() {
        click("#sign-out-form button");
        waitForUrl("signed-out");
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
