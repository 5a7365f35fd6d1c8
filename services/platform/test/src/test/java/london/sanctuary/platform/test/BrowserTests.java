package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A browser lent to one test after another forgets each: the next test must not be signed in as the last one, see its
 * pages in its history or run with its DevTools overrides.
 */
class BrowserTests {

    private static HttpServer site;

    @BeforeAll
    static void startSite() throws IOException {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // a page that signs its visitor in with a cookie, and shows which cookies it was sent and whether a script ran
        site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        site.createContext("/", exchange -> {
            String cookies = exchange.getRequestHeaders()
                    .getOrDefault("Cookie", List.of(""))
                    .get(0);
            if (exchange.getRequestURI().getPath().equals("/sign-in")) {
                exchange.getResponseHeaders().add("Set-Cookie", "SESSION=officer-of-newham; Path=/; HttpOnly");
            }
            byte[] page = ("<!doctype html><html lang=en><title>t</title><p id=cookies>" + cookies
                            + "</p><p id=override></p><script>document.getElementById('override').textContent ="
                            + " window.overridden || 'none'</script>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
    }

    @AfterAll
    static void stopSite() {
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void theNextTestGetsTheSameBrowserWithNothingOfTheLastOne() {
        // given a test that signed in, visited two pages, overrode a script and opened a second tab
        String session;
        try (Browser first = Browser.phone()) {
            session = first.driver.getSessionId().toString();
            first.driver.get(page("/sign-in"));
            first.driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.overridden = 'yes'"));
            first.driver.get(page("/cases"));
            assertThat(text(first, "cookies")).isEqualTo("SESSION=officer-of-newham");
            assertThat(text(first, "override")).isEqualTo("yes");
            first.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        }

        // when the next test takes a phone of another size
        try (Browser next = Browser.phone(new Dimension(360, 700))) {
            next.driver.get(page("/cases"));

            // then it is the same Chromium, on one tab of its size, sent no cookie, with no override and no history
            assertThat(next.driver.getSessionId().toString()).isEqualTo(session);
            assertThat(next.driver.getWindowHandles()).hasSize(1);
            assertThat(next.driver.manage().window().getSize().width).isEqualTo(360);
            assertThat(text(next, "cookies")).isEmpty();
            assertThat(text(next, "override")).isEqualTo("none");
            assertThat(next.script("return history.length")).isEqualTo(2L);
        }
    }

    @Test
    void aBrowserWithOtherSwitchesIsAnotherChromium() {
        // given a plain phone, given back
        String plain;
        try (Browser phone = Browser.phone()) {
            plain = phone.driver.getSessionId().toString();
        }

        // when a test asks for one started with a switch of its own
        try (Browser other = Browser.phone(new Dimension(390, 844), "--user-agent=BrowserTests")) {
            other.driver.get(page("/"));

            // then it is not the plain one, and runs with the switch
            assertThat(other.driver.getSessionId().toString()).isNotEqualTo(plain);
            assertThat(other.script("return navigator.userAgent")).isEqualTo("BrowserTests");
        }
    }

    @Test
    void aBrowserClosedTwiceIsLentToOneTestOnly() {
        // given a test that gives its browser back twice
        Browser twice = Browser.phone();
        twice.close();
        twice.close();

        // when the next two tests take one each, at the same time
        try (Browser one = Browser.phone();
                Browser other = Browser.phone()) {

            // then they do not share a Chromium
            assertThat(one.driver.getSessionId()).isNotEqualTo(other.driver.getSessionId());
        }
    }

    @Test
    void aKeptBrowserThatEndedIsReplacedByOneThatWorks() {
        // given a browser given back, whose Chromium then ended
        Browser ended = Browser.phone();
        String endedSession = ended.driver.getSessionId().toString();
        ended.close();
        ended.driver.quit();

        // when the next test takes a phone
        try (Browser next = Browser.phone()) {
            next.driver.get(page("/"));

            // then it is another Chromium, and it shows the page
            assertThat(next.driver.getSessionId().toString()).isNotEqualTo(endedSession);
            assertThat(text(next, "override")).isEqualTo("none");
        }
    }

    private static String page(String path) {
        return "http://localhost:" + site.getAddress().getPort() + path;
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }
}
