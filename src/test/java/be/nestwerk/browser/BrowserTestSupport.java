package be.nestwerk.browser;

import be.nestwerk.NestwerkIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every {@code *BrowserIT}: the shared application context on its random port and one Chromium per test
 * class, started by the first test, cleared (cookies, phone width) before each test and quit after the last.
 */
@NestwerkIntegrationTest
public abstract class BrowserTestSupport {

    private static Browser current;

    @LocalServerPort
    private int port;

    protected Browser browser;

    @BeforeEach
    void startOrResetBrowser() {
        if (current == null) {
            current = Browser.start("http://localhost:" + port);
        } else {
            current.reset();
        }
        browser = current;
    }

    @AfterAll
    static void quitBrowser() {
        if (current != null) {
            current.quit();
            current = null;
        }
    }
}
