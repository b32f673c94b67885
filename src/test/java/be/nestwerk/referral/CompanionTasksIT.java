package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.Consents;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The companion of a warm referral: the sender names a volunteer, who hears of it by mail without personal data and
 * sees only what going along needs — while the referral runs and the family's consent holds, and nobody else.
 */
@NestwerkIntegrationTest
class CompanionTasksIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    ReferralScene scene;
    NestwerkUser volunteer;
    NestwerkUser otherVolunteer;
    UUID referral;
    String slug;
    String meetingAt;

    @BeforeEach
    void scene() {
        scene = ReferralFixtures.scene(context);
        volunteer = scene.family().volunteer();
        PlatformFixtures platform = new PlatformFixtures(context);
        otherVolunteer = platform.principal(platform.member(scene.family().network(), Role.VOLUNTEER, null));
        referral = ReferralFixtures.sent(context, scene);
        slug = scene.family().network().slug();
        meetingAt = LocalDateTime.now()
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .withHour(9)
                .withMinute(30)
                .toString();
        jdbc.update(
                "update organisation set street_address = 'Kerkstraat 1', postcode = '2800', town = 'Mechelen'"
                        + " where id = ?",
                scene.family().otherOrganisation());
    }

    @Test
    void theNamedVolunteerGetsAMailWithOnlyALink() throws Exception {
        assertThat(name(volunteer, false)).hasStatus(HttpStatus.FOUND);

        MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, volunteer.email());
        String text = mail.getSubject() + "\n" + ReceivedMail.text(mail);
        assertThat(text).contains("/n/" + slug + "/tasks/" + referral);
        assertThat(text)
                .doesNotContain("Vermeulen")
                .doesNotContain("Lina")
                .doesNotContain("opvang")
                .doesNotContain("Station Mechelen")
                .doesNotContain("school");
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where action = 'COMPANION_NAMED' and entity_id = ?",
                        String.class,
                        referral.toString()))
                .contains(volunteer.id().toString());
    }

    @Test
    void theMailIsInTheLanguageTheVolunteerChose() throws Exception {
        context.getBean(Accounts.class).preferLanguage(volunteer.id(), "en");

        assertThat(name(volunteer, false)).hasStatus(HttpStatus.FOUND);

        MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, volunteer.email());
        assertThat(mail.getSubject())
                .isEqualTo("New companion task in " + scene.family().network().name());
        assertThat(ReceivedMail.text(mail)).contains("/n/" + slug + "/tasks/" + referral);
    }

    @Test
    void theVolunteerSeesOnlyWhatTheTaskNeeds() {
        assertThat(name(volunteer, false)).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri(task()).with(provedAs(volunteer)))
                .hasStatusOk()
                .bodyText()
                .contains("Vermeulen", "ar", "OCMW", "Kerkstraat 1, 2800 Mechelen", "Station Mechelen", "09:30")
                .contains("Niet gedeeld")
                .doesNotContain("Mama zoekt opvang", "opleiding", "Twee halve dagen", "Ik bel dinsdag")
                .doesNotContain("Via de school", "Na 18 uur", "Lina");
        assertThat(mvc.get().uri("/n/" + slug + "/tasks").with(provedAs(volunteer)))
                .hasStatusOk()
                .bodyText()
                .contains("Mijn taken", "Vermeulen", "OCMW")
                .doesNotContain("Mama zoekt opvang");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COMPANION_TASK_READ' and entity_id = ?"
                                + " and actor_id = ? and purpose = 'COMPANION_TASK'",
                        Long.class,
                        referral.toString(),
                        volunteer.id()))
                .isEqualTo(1);

        name(volunteer, true);
        assertThat(mvc.get().uri(task()).with(provedAs(volunteer)))
                .hasStatusOk()
                .bodyText()
                .contains("Via de school");
    }

    @Test
    void anotherVolunteerAndStaffAreRefusedAndAudited() {
        name(volunteer, false);

        assertThat(mvc.get().uri(task()).with(provedAs(otherVolunteer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(task() + "/done")
                        .with(provedAs(otherVolunteer))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/" + slug + "/tasks").with(provedAs(otherVolunteer)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Vermeulen");
        assertThat(mvc.get().uri(task()).with(provedAs(scene.sender()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(deniedCount(otherVolunteer)).isEqualTo(2);
        assertThat(mvc.get().uri("/n/" + slug + "/tasks/" + UUID.randomUUID()).with(provedAs(volunteer)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/n/" + scene.family().foreignNetwork().slug() + "/tasks/" + referral)
                        .with(provedAs(volunteer)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRevokedConsentRemovesTheTask() {
        name(volunteer, false);
        assertThat(mvc.get().uri(task()).with(provedAs(volunteer))).hasStatusOk();

        actingAs(scene.sender(), () -> {
            context.getBean(Consents.class).revoke(scene.networkId(), scene.familyId(), scene.consentId());
            return null;
        });

        assertThat(mvc.get().uri(task()).with(provedAs(volunteer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/" + slug + "/tasks").with(provedAs(volunteer)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Vermeulen");
        assertThat(deniedCount(volunteer)).isEqualTo(1);
        assertThat(name(otherVolunteer, false))
                .as("the referral ended with the consent it rested on")
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aRevokedReferralRemovesTheTaskAndTheRefusalIsAudited() {
        name(volunteer, false);
        actingAs(scene.sender(), () -> {
            context.getBean(Referrals.class)
                    .step(scene.networkId(), referral, 0, Referral.Step.to(ReferralStatus.REVOKED));
            return null;
        });

        assertThat(mvc.get().uri(task()).with(provedAs(volunteer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri(task() + "/done").with(provedAs(volunteer)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(deniedCount(volunteer)).isEqualTo(2);
        assertThat(name(volunteer, false)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void goingAlongIsRecordedWithWhoAndWhenAndTheSenderSeesIt() {
        name(volunteer, false);

        assertThat(mvc.post().uri(task() + "/done").with(provedAs(volunteer)).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri(task() + "/done").with(provedAs(volunteer)).with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(jdbc.queryForObject(
                        "select done_by from referral_companion where referral_id = ? and done_at is not null",
                        UUID.class,
                        referral))
                .isEqualTo(volunteer.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COMPANION_TASK_DONE' and entity_id = ?",
                        Long.class,
                        referral.toString()))
                .isEqualTo(1);
        assertThat(mvc.get().uri(task()).with(provedAs(volunteer)))
                .hasStatusOk()
                .bodyText()
                .contains("U bent meegegaan op");
        assertThat(mvc.get().uri("/n/" + slug + "/referrals/" + referral).with(provedAs(scene.sender())))
                .hasStatusOk()
                .bodyText()
                .contains("Begeleider", "Station Mechelen", "Meegegaan", "Op ");
    }

    @Test
    void onlyTheSenderNamesAndABadChoiceComesBackTranslatedWithA400() {
        assertThat(name(volunteer, false, scene.receiver())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(name(volunteer, false, scene.thirdProfessional())).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.post()
                        .uri(companion())
                        .with(provedAs(scene.sender()))
                        .with(csrf())
                        .param("companionAccount", volunteer.id().toString())
                        .param("meetingAt", "morgen")
                        .param("meetingPlace", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul de datum en het uur van de afspraak in.", "Vul de plaats van de afspraak in.");
        assertThat(mvc.post()
                        .uri(companion())
                        .with(provedAs(scene.sender()))
                        .with(csrf())
                        .param("companionAccount", scene.receiver().id().toString())
                        .param("meetingAt", meetingAt)
                        .param("meetingPlace", "Station Mechelen"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies een vrijwilliger van dit netwerk.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral_companion where referral_id = ?", Long.class, referral))
                .isZero();
    }

    @Test
    void theReferralFormNamesTheCompanionWithTheReferral() {
        String page = mvc.post()
                .uri("/n/" + slug + "/referrals/new")
                .with(provedAs(scene.sender()))
                .with(csrf())
                .param("family", scene.familyId().toString())
                .param("requestId", UUID.randomUUID().toString())
                .param("fromOrganisation", scene.family().organisation().toString())
                .param("toOrganisation", scene.family().otherOrganisation().toString())
                .param("reason", "Mama zoekt opvang")
                .param("familyWishes", "Dicht bij huis")
                .param("accompanied", "true")
                .param("companionAccount", volunteer.id().toString())
                .param("meetingAt", meetingAt)
                .param("meetingPlace", "Station Mechelen")
                .exchange()
                .getResponse()
                .getRedirectedUrl();

        assertThat(page).startsWith("/n/" + slug + "/referrals/");
        UUID sent = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject(
                        "select companion_account from referral_companion where referral_id = ?", UUID.class, sent))
                .isEqualTo(volunteer.id());
        assertThat(mvc.get().uri("/n/" + slug + "/tasks/" + sent).with(provedAs(volunteer)))
                .hasStatusOk();
    }

    private MvcTestResult name(NestwerkUser companion, boolean shareContact) {
        return name(companion, shareContact, scene.sender());
    }

    private MvcTestResult name(NestwerkUser companion, boolean shareContact, NestwerkUser by) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post()
                .uri(companion())
                .with(provedAs(by))
                .with(csrf())
                .param("companionAccount", companion.id().toString())
                .param("meetingAt", meetingAt)
                .param("meetingPlace", "Station Mechelen, aan de fietsenstalling");
        if (shareContact) {
            request.param("shareContact", "true");
        }
        return request.exchange();
    }

    private String companion() {
        return "/n/" + slug + "/referrals/" + referral + "/companion";
    }

    private String task() {
        return "/n/" + slug + "/tasks/" + referral;
    }

    private long deniedCount(NestwerkUser actor) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and entity_id = ?"
                        + " and actor_id = ?",
                Long.class,
                referral.toString(),
                actor.id());
        return count == null ? 0 : count;
    }
}
