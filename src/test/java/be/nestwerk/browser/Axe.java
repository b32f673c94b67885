package be.nestwerk.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core from its WebJar, injected through WebDriver (the page's CSP forbids inline scripts, but a script run by
 * the driver is not subject to it), run with the WCAG 2.0 and 2.1 A and AA rules.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(v =>
                    v.id + ' [' + (v.impact || 'n/a') + '] ' + v.help + ' (' + v.helpUrl + ')\\n      at: '
                        + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                .catch(error => done(['axe-core could not run: ' + error]));
            """;

    private Axe() {}

    /** One readable line per violated rule (id, impact, help and the selectors of the offending elements). */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        return ((List<Object>) page.executeAsyncScript(RUN, TAGS))
                .stream().map(line -> " - " + line).toList();
    }

    private static String load() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("axe-core WebJar (org.webjars.npm:axe-core) is not on the test classpath");
        }
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
