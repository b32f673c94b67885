package be.nestwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The language links of a page lead to a page that can be loaded again in the other language. */
@NestwerkIntegrationTest
class LanguageLinksIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void keepTheAddressAndItsQueryButNotTheOldLanguage() {
        assertThat(mvc.get().uri("/login?error&lang=fr"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/login?error&amp;lang=en\"");
    }

    @Test
    void leadFromAPageAnsweringAFormBackToThePageOfTheForm() {
        assertThat(mvc.post()
                        .uri("/account/password-reset")
                        .with(csrf())
                        .header(HttpHeaders.REFERER, "http://localhost/account/password-reset?from=login")
                        .param("email", "not an address"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("href=\"/account/password-reset?from=login&amp;lang=en\"");
    }

    @Test
    void ignoreAReferrerFromAnotherSite() {
        assertThat(mvc.post()
                        .uri("/account/password-reset")
                        .with(csrf())
                        .header(HttpHeaders.REFERER, "https://elsewhere.example//elsewhere.example/trap")
                        .param("email", "not an address"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("href=\"/account/password-reset?lang=en\"")
                .doesNotContain("elsewhere");
    }
}
