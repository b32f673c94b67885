package be.nestwerk.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks of the harness must be able to fail, also under the application's content security policy. */
class BrowserChecksBrowserIT extends BrowserTestSupport {

    @Test
    void reportsAnAccessibilityViolationOnAPageOfTheApplication() {
        browser.open("/login");
        browser.driver().executeScript("document.querySelector('label[for=username]').remove();");

        assertThatThrownBy(browser::assertNoAccessibilityViolations)
                .hasMessageContaining("on /login")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("#username");
    }

    @Test
    void reportsAPageWiderThanAPhone() {
        browser.desktop().open("/login");
        browser.driver().executeScript("""
                const wide = document.createElement('div');
                wide.className = 'too-wide';
                wide.textContent = 'wide';
                wide.style.width = '600px';
                document.querySelector('main').append(wide);
                """);

        assertThatThrownBy(browser::assertNoHorizontalScroll).hasMessageContaining("div.too-wide");
    }
}
