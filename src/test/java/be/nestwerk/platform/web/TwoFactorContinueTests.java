package be.nestwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a person goes on to after proving a second factor: only a path of this site. */
class TwoFactorContinueTests {

    @Test
    void keepsALocalPathWithItsQuery() {
        assertThat(LocalPaths.of("/n/mechelen/families/42?tab=plan&lang=fr"))
                .contains("/n/mechelen/families/42?tab=plan&lang=fr");
        assertThat(LocalPaths.of("/account")).contains("/account");
    }

    @Test
    void refusesEverythingThatLeadsToAnotherSite() {
        assertThat(LocalPaths.of("https://evil.example/")).isEmpty();
        assertThat(LocalPaths.of("//evil.example/path")).isEmpty();
        assertThat(LocalPaths.of("/\\evil.example")).isEmpty();
        assertThat(LocalPaths.of("javascript:alert(1)")).isEmpty();
        assertThat(LocalPaths.of("evil.example")).isEmpty();
        assertThat(LocalPaths.of("/ok\r\nLocation: https://evil.example")).isEmpty();
        assertThat(LocalPaths.of("/a b")).isEmpty();
        assertThat(LocalPaths.of("")).isEmpty();
        assertThat(LocalPaths.of(null)).isEmpty();
        assertThat(LocalPaths.of("/" + "a".repeat(LocalPaths.MAX_LENGTH))).isEmpty();
    }

    @Test
    void escapesBracesThatARedirectWouldReadAsVariables() {
        assertThat(LocalPaths.of("/offers?q=%7Bx%7D")).contains("/offers?q=%7Bx%7D");
        assertThat(LocalPaths.of("/offers?q={x}")).contains("/offers?q=%7Bx%7D");
    }
}
