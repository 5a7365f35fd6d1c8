package london.sanctuary.platform.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing downloaded), sized like
 * a small phone, saving downloads into a folder of its own. A service's page tests declare
 * {@code selenium-java} themselves and skip when {@link #isInstalled()} is false.
 *
 * <p>A test JVM keeps the Chromium processes it started and lends them out again (decision 0080): starting one cost
 * about 5 s of CPU, most of a short page test's. Closing a {@code Browser} makes it forget the test that used it
 * before the next one may: the test's tabs closed for a new blank one (its history, scripts and DevTools overrides go
 * with them) and every cookie and cached response removed. Browsers started with other switches are kept apart.
 */
public final class Browser implements AutoCloseable {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Map<List<String>, Deque<ChromeDriver>> IDLE = new HashMap<>();
    private static final Set<ChromeDriver> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Browser::quit)));
    }

    public final ChromeDriver driver;
    public final Path downloads;
    private final Dimension size;
    private final List<String> switches;
    private boolean closed;

    private Browser(ChromeDriver driver, Path downloads, Dimension size, List<String> switches) {
        this.driver = driver;
        this.downloads = downloads;
        this.size = size;
        this.switches = switches;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    }

    public static Browser phone() {
        return phone(PHONE);
    }

    /** A phone of this size; {@code arguments} are more Chromium switches, such as {@code --lang=ar}. */
    public static Browser phone(Dimension size, String... arguments) {
        List<String> switches = List.of(arguments);
        for (ChromeDriver kept = idle(switches); kept != null; kept = idle(switches)) {
            try {
                return lend(kept, size, switches);
            } catch (WebDriverException gone) { // it ended while nobody used it: the next one, or a new one
                quit(kept);
            }
        }
        return lend(start(switches), size, switches);
    }

    private static Browser lend(ChromeDriver driver, Dimension size, List<String> switches) {
        try {
            Path downloads = Files.createTempDirectory("browser-downloads");
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            driver.manage().window().setSize(size);
            return new Browser(driver, downloads, size, switches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeDriver idle(List<String> switches) {
        synchronized (IDLE) {
            Deque<ChromeDriver> kept = IDLE.get(switches);
            return kept == null ? null : kept.poll();
        }
    }

    private static ChromeDriver start(List<String> switches) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + PHONE.width + "," + PHONE.height);
        options.addArguments(switches);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        STARTED.add(driver);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Every request from now on carries this header (through the DevTools protocol), as a front door would add it. */
    public Browser sendingOnEveryRequest(String header, String value) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of(header, value)));
        return this;
    }

    /**
     * Fills in the authorization server's sign-in form (the browser is on it: a page asked it to sign in) and waits
     * until the browser has left the authorization server, so the next step sees the page it came back to.
     */
    public void signInAt(String issuer, String username, String password) {
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(browser -> !browser.getCurrentUrl().startsWith(issuer));
    }

    /**
     * Scrolls a link or a form's button into sight (on a phone it may lie below the fold or under another element),
     * clicks it and waits until the page it leads to has loaded. The page being left carries a mark the next one
     * lacks: asked whether an element of a page being left is stale, chromedriver now and then answers an inspector
     * error ("Node with given id does not belong to the document") instead, so the wait asks the page itself, and a
     * question asked in the middle of the navigation is asked again.
     */
    public void clickToNextPage(WebElement element, Duration patience) {
        script("arguments[0].scrollIntoView(); window.leavingThisPage = true", element);
        element.click();
        new WebDriverWait(driver, patience)
                .ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(
                        script("return window.leavingThisPage === undefined && document.readyState === 'complete'")));
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Keeps the whole page as it looked under {@code target/browser/}, for people to look at. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            long height = (Long) script("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(size.width, (int) height + 100));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(size);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the browser back to the test JVM once it has forgotten this test; one that cannot forget (its window gone,
     * its driver stuck) is quit instead.
     */
    @Override
    public void close() {
        if (closed) {
            return; // already given back: a second close must not lend it to two tests
        }
        closed = true;
        try {
            forgetThisTest();
            synchronized (IDLE) {
                IDLE.computeIfAbsent(switches, key -> new ArrayDeque<>()).push(driver);
            }
        } catch (WebDriverException e) {
            quit(driver);
        }
    }

    private void forgetThisTest() {
        Set<String> used = driver.getWindowHandles();
        driver.switchTo().newWindow(WindowType.TAB);
        String blank = driver.getWindowHandle();
        for (String handle : used) {
            driver.switchTo().window(handle).close();
        }
        driver.switchTo().window(blank);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private static void quit(ChromeDriver driver) {
        STARTED.remove(driver);
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone
        }
    }
}
