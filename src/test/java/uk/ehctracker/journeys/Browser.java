package uk.ehctracker.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, with the
 * helpers the journeys need: sign in, wait for Vaadin, fill Vaadin fields, screenshots and axe.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final String base;
    private final Path userData;
    private final Path shots;
    final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser(int port) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser journeys need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        this.base = "http://localhost:" + port + "/";
        this.userData = Files.createTempDirectory("ehc-chromium");
        this.shots = Path.of(System.getProperty("journeys.dir", "target/journeys"));
        Files.createDirectories(shots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userData, "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Headless Chromium did not start: " + e.getMessage(), e);
        }
        // a page that navigates while a wait reads it (a failed sign-in reloads the login page)
        // leaves the element just found stale: read it again on the next poll instead of failing
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    /** Signs in through the login view, as a person does (the demo's password is the username). */
    void signIn(String username) {
        signIn(username, username);
    }

    void signIn(String username, String secret) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(secret);
        password.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        waitForVaadin();
    }

    /** Forgets the session, as a new visitor. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** The page at a phone's width (390 px, an iPhone 12 to 15) for a moment, then back to the desktop's. */
    <T> T atPhoneWidth(java.util.concurrent.Callable<T> look) throws Exception {
        driver.manage().window().setSize(new Dimension(390, 900));
        try {
            waitForVaadin();
            return look.call();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            waitForVaadin();
        }
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                        + "const clients = Object.values(window.Vaadin.Flow.clients);"
                        + "return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());")));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String text) {
        waitUntil(() -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits up to a minute for what the page shows to satisfy the check, reading it afresh on each poll. */
    void waitUntil(java.util.function.BooleanSupplier check) {
        wait.until(d -> check.getAsBoolean());
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
        // Vaadin sends the value on change
        input.sendKeys(Keys.TAB);
    }

    void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // a notification can sit over the button for a moment
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
        waitForVaadin();
    }

    /** Types a date into a Vaadin date picker's input as a person does (UK format), then leaves the field. */
    void typeDate(WebElement input, java.time.LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** As {@link #typeDate(WebElement, java.time.LocalDate)}, into the date picker {@code css} (e.g. "#meetingOn"). */
    void typeDate(String css, java.time.LocalDate date) {
        typeDate(find(css + " input"), date);
    }

    /** axe-core finds no serious or critical violation on the page, on a desktop and at a phone's width. */
    void assertAccessible(String page) throws Exception {
        org.assertj.core.api.Assertions.assertThat(seriousAccessibilityViolations())
                .as("serious or critical axe-core violations on " + page).isEmpty();
        org.assertj.core.api.Assertions.assertThat(atPhoneWidth(this::seriousAccessibilityViolations))
                .as("serious or critical axe-core violations on " + page + " at 390 px").isEmpty();
    }

    /** Ticks a radio button or checkbox: Vaadin hides the native input under its own drawing. */
    void tick(String css) {
        WebElement input = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", input);
        waitForVaadin();
    }

    /** A full-page screenshot, named by step, on a desktop (1280 px wide). */
    Path screenshot(String name) throws IOException {
        return screenshot(name, 1280);
    }

    /** A full-page screenshot at {@code width} px (390: a phone's), then back to the desktop's 1280. */
    Path screenshot(String name, int width) throws IOException {
        // the page's height at this width: narrower, its words wrap onto more lines
        driver.manage().window().setSize(new Dimension(width, 1000));
        waitForVaadin();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight,"
                        + " ...Array.from(document.querySelectorAll('vaadin-app-layout > :not([slot])')).map(v => v.scrollHeight + 80));");
        // the dev-mode banner is not part of the application
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove());");
        int h = Math.min(6000, Math.max(1000, ((Number) height).intValue() + 40));
        driver.manage().window().setSize(new Dimension(width, h));
        waitForVaadin();
        Path file = shots.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return file;
    }

    /**
     * The labels of the fields under {@code css} that do not read in full (cut off with "..."): the
     * label's box narrower than its words.
     */
    @SuppressWarnings("unchecked")
    List<String> labelsCutOff(String css) {
        waitForVaadin();
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).flatMap(f => {"
                        + " const part = f.shadowRoot && f.shadowRoot.querySelector('[part=\\'label\\']');"
                        + " return part && part.scrollWidth > part.clientWidth + 1 ? [f.label] : []; });",
                css);
    }

    /** The serious and critical axe-core violations on the page (Vaadin's dev tools and a closing notification left out). */
    List<String> seriousAccessibilityViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe/");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // a notification already closing is fading out: its colours are mid-animation, not what anyone reads
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main'], ['vaadin-connection-indicator'],"
                        + " ['vaadin-notification-card[closing]']]},"
                        + " {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('ERROR ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(json)) {
            String impact = v.path("impact").asText();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                serious.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at " + targets);
            }
        }
        return serious;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(userData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
