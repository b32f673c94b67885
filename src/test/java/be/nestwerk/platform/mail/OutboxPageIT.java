package be.nestwerk.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The tests run with the demo profile, the only one in which the outbox page exists. */
@NestwerkIntegrationTest
class OutboxPageIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Mailer mailer;

    @Test
    void showsTheLatestMailsWithTheirLinksWithoutSigningIn() {
        String to = PlatformFixtures.uniqueEmail("outbox");
        mailer.send(
                to,
                "Uitnodiging voor de demo",
                "Volg http://localhost:8080/account/invitation/nwi_demo om mee te doen.");

        assertThat(mvc.get().uri("/outbox"))
                .hasStatusOk()
                .bodyText()
                .contains("Uitgaande e-mail (demo)", to, "Uitnodiging voor de demo", "Link in deze e-mail volgen");
        assertThat(mvc.get().uri("/outbox"))
                .body()
                .asString()
                .contains("href=\"http://localhost:8080/account/invitation/nwi_demo\"");
    }
}
