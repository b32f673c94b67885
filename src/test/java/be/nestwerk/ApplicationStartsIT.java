package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class ApplicationStartsIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void servesTheSignInPageInDutchByDefault() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Aanmelden", "E-mailadres");
    }

    @Test
    void servesTheSignInPageInFrenchOnRequest() {
        assertThat(mvc.get().uri("/login?lang=fr")).hasStatusOk().bodyText().contains("Se connecter");
    }
}
