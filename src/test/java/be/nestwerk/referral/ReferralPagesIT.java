package be.nestwerk.referral;

import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class ReferralPagesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    ReferralScene scene;
    String base;

    @BeforeEach
    void scene() {
        scene = ReferralFixtures.scene(context);
        base = "/n/" + scene.family().network().slug() + "/referrals";
    }

    @Test
    void theFormOffersOnlyThePartnersTheFamilyConsentedTo() {
        assertThat(mvc.get().uri(base + "/new?family=" + scene.familyId()).with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .contains("Warm doorverwijzen", "Vermeulen", "OCMW", "Iemand gaat mee met het gezin")
                .doesNotContain("CAW");
    }

    @Test
    void aTransitionsHandOverPreparesTheReasonAndNothingElseDoes() {
        String form = base + "/new?family=" + scene.familyId();
        assertThat(mvc.get()
                        .uri(form + "&transition=PRIMARY_SCHOOL&on=2027-09-01")
                        .with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .contains("Warme overdracht bij een overgang: Naar het lager onderwijs op 01/09/2027.");
        assertThat(mvc.get()
                        .uri(form + "&transition=PRIMARY_SCHOOL&on=2027-09-01")
                        .header("Accept-Language", "fr")
                        .with(provedAs(scene.sender())))
                .bodyText()
                .contains("Passage de relais lors d&#39;une transition");
        assertThat(mvc.get().uri(form + "&transition=UNIVERSITY&on=2027-09-01").with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Warme overdracht bij een overgang");
        assertThat(mvc.get()
                        .uri(form + "&transition=PRIMARY_SCHOOL&on=september")
                        .with(provedAs(scene.sender())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aProfessionalSendsAReferralAndTheReceiverAcceptsAndClosesIt() {
        MvcTestResult sent = send(scene.family().otherOrganisation()).exchange();

        assertThat(sent).hasStatus(HttpStatus.FOUND);
        String page = sent.getResponse().getRedirectedUrl();
        assertThat(page).startsWith(base + "/");
        assertThat(mvc.get().uri(page).with(provedAs(scene.receiver())))
                .hasStatusOk()
                .bodyText()
                .contains("Vermeulen", "Mama zoekt opvang", "Geopend", "Aanvaarden", "Weigeren");
        assertThat(step(page, "ACCEPTED", 1).param("status", "ACCEPTED")).hasStatus(HttpStatus.FOUND);
        assertThat(step(page, "CLOSED", 2).param("outcome", "GOT_HELP").param("note", "Start in januari"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri(page).with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .contains("Afgesloten", "Het gezin kreeg hulp", "Start in januari")
                .doesNotContain("Doorverwijzing intrekken");
        assertThat(mvc.get().uri(base + "?side=SENDER").with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .contains("OCMW", "Afgesloten");
    }

    @Test
    void aReferralWithoutConsentIsRefusedWithTheReasonAndA400() {
        assertThat(send(scene.thirdOrganisation()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Het gezin gaf geen toestemming aan deze partner voor dit doel.");
    }

    @Test
    void badInputComesBackTranslatedWithA400() {
        assertThat(mvc.post()
                        .uri(base + "/new")
                        .with(provedAs(scene.sender()))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("family", scene.familyId().toString())
                        .param("requestId", UUID.randomUUID().toString())
                        .param("fromOrganisation", scene.family().organisation().toString())
                        .param("toOrganisation", "not-an-id")
                        .param("reason", "")
                        .param("familyWishes", "x".repeat(2001)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Make a choice.");
        assertThat(send(scene.family().otherOrganisation(), " "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul dit in.");
    }

    @Test
    void aStepFromAnOldPageOrOutOfOrderIsA409WithAnExplanation() {
        String page = send(scene.family().otherOrganisation())
                .exchange()
                .getResponse()
                .getRedirectedUrl();

        assertThat(step(page, "CONTACT_MADE", 0).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("That step is no longer possible");
        assertThat(step(page, "ACCEPTED", 0)).hasStatus(HttpStatus.FOUND);
        assertThat(step(page, "CONTACT_MADE", 0).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Someone else changed this referral meanwhile");
        assertThat(step(page, "CLOSED", 1).param("outcome", "NOT_A_THING")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(step(page, "CLOSED", 1)).as("closing needs an outcome").hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCoordinatorHasTheOverdueListAndOthersDoNot() {
        assertThat(mvc.get().uri(base + "/overdue").with(provedAs(scene.family().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Wachtende doorverwijzingen");
        assertThat(mvc.get().uri(base + "/overdue").with(provedAs(scene.sender())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MockMvcTester.MockMvcRequestBuilder send(UUID to) {
        return send(to, "Mama zoekt opvang voor Lina");
    }

    private MockMvcTester.MockMvcRequestBuilder send(UUID to, String reason) {
        return mvc.post()
                .uri(base + "/new")
                .with(provedAs(scene.sender()))
                .with(csrf())
                .param("family", scene.familyId().toString())
                .param("requestId", UUID.randomUUID().toString())
                .param("fromOrganisation", scene.family().organisation().toString())
                .param("toOrganisation", to.toString())
                .param("reason", reason)
                .param("familyWishes", "Twee halve dagen per week")
                .param("language", "ar")
                .param("interpreterNeeded", "true")
                .param("accompanied", "true");
    }

    private MockMvcTester.MockMvcRequestBuilder step(String page, String status, long version) {
        return mvc.post()
                .uri(page + "/steps")
                .with(provedAs(scene.receiver()))
                .with(csrf())
                .param("status", status)
                .param("version", Long.toString(version));
    }
}
