package be.nestwerk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.CdpVersionFinder;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Selenium, pointed at one running Nestwerk, with the helpers that every
 * browser test needs: open a page, sign in through the real form, and check accessibility and the phone layout.
 * The browser asks for Dutch (nl-BE), as most visitors' browsers will.
 */
public final class Browser {

    /** Debian's packages; set explicitly so that Selenium Manager never tries to download a driver. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public static final Dimension PHONE = new Dimension(360, 800);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Held so that its level sticks: the tests use no DevTools, so a newer Chromium than Selenium knows is fine. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger(CdpVersionFinder.class.getName());

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private Dimension size = PHONE;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static Browser start(String baseUrl) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        Path profile = newProfileDirectory();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--user-data-dir=" + profile,
                        "--window-size=" + PHONE.width + "," + PHONE.height)
                // like a visitor from Flanders; other languages are chosen with the links on the page
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-BE,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        // --window-size cannot go below 500 px; resizing the running window can
        return new Browser(driver, profile, baseUrl).phone();
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            fail("The browser tests need " + executable + ": install Debian's chromium and chromium-driver"
                    + " (apt-get install -y chromium chromium-driver; .ci/run does so on CI). Missing package: "
                    + debianPackage);
        }
    }

    private static Path newProfileDirectory() {
        try {
            return Files.createTempDirectory("nestwerk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of the application, e.g. "/login?lang=fr". */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the real sign-in form and waits for the page that follows. */
    public Browser signIn(String email, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("main form[action$='/login'] button[type=submit]"));
        return this;
    }

    /** Signs out through the button in the page header. */
    public Browser signOut() {
        return clickAndWait(By.cssSelector("header form[action$='/logout'] button[type=submit]"));
    }

    /** Replaces what a field holds with this text, as a person would type it. */
    public Browser fill(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** A date input takes the digits in the browser's own order (dd/mm/yyyy or mm/dd/yyyy): set its value instead. */
    public Browser fillDate(By field, LocalDate date) {
        WebElement input = driver.findElement(field);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];", input, date.format(DateTimeFormatter.ISO_LOCAL_DATE));
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Clicks a link or button that loads another page, and waits until that page has replaced this one. */
    public Browser clickAndWait(By target) {
        // A mark on the old page's window: gone once the new page has loaded. (Waiting for the old <html> to go
        // stale races with ChromeDriver, which may answer "node does not belong to the document" mid-navigation.)
        ((JavascriptExecutor) driver).executeScript("window.nestwerkPreviousPage = true;");
        driver.findElement(target).click();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(current -> Boolean.TRUE.equals(((JavascriptExecutor) current)
                        .executeScript("return window.nestwerkPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
        return this;
    }

    /** The address of the current page without the server, e.g. "/login?error". */
    public String location() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** The language the page declares on its html element. */
    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    public String text(By target) {
        return driver.findElement(target).getText();
    }

    public boolean has(By target) {
        return !driver.findElements(target).isEmpty();
    }

    public Browser phone() {
        return resize(PHONE);
    }

    public Browser desktop() {
        return resize(DESKTOP);
    }

    private Browser resize(Dimension to) {
        driver.manage().window().setSize(to);
        size = to;
        return this;
    }

    /** Runs axe-core on the page and fails with a readable list of every WCAG 2.0/2.1 A and AA violation. */
    public Browser assertNoAccessibilityViolations() {
        List<String> violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) (WCAG 2.x A/AA, axe-core) on " + location() + ":\n"
                    + String.join("\n", violations));
        }
        return this;
    }

    /** Checks at phone width (360 px) that the page needs no sideways scrolling, naming what sticks out. */
    public Browser assertNoHorizontalScroll() {
        Dimension before = size;
        phone();
        try {
            @SuppressWarnings("unchecked")
            List<Object> measured = (List<Object>) driver.executeScript("""
                    const width = window.innerWidth;
                    const wide = [...document.querySelectorAll('body *')]
                        .map(e => [e, e.getBoundingClientRect()])
                        .filter(([e, box]) => box.height > 0 && box.right > width + 0.5)
                        .map(([e]) => e)
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : ''));
                    return [document.documentElement.scrollWidth, width, wide.join(', ')];
                    """);
            long scrollWidth = ((Number) measured.get(0)).longValue();
            long width = ((Number) measured.get(1)).longValue();
            assertThat(width).as("viewport width").isLessThanOrEqualTo(PHONE.width);
            assertThat(scrollWidth)
                    .as("page width at %d px on %s (wider than the screen: %s)", width, location(), measured.get(2))
                    .isLessThanOrEqualTo(width);
        } finally {
            resize(before);
        }
        return this;
    }

    /** The Selenium driver itself, for what the helpers do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Forgets the previous test: no cookies (so no session, no language), phone width, a blank page. */
    void reset() {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            open("/login"); // cookies can only be deleted from a page of their own site
        }
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        phone();
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; a leftover does no harm
        }
    }
}
