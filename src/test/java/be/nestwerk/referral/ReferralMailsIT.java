package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The mails of a referral's steps: they reach the other side through the outbox, carry no personal data and are in
 * each recipient's language.
 */
@NestwerkIntegrationTest
class ReferralMailsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    Referrals referrals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    ReferralScene scene;

    @BeforeEach
    void scene() {
        scene = ReferralFixtures.scene(context);
    }

    @Test
    void theReceivingPartnerAndTheSenderHearOfEachStepWithALinkAndNoPersonalData() throws Exception {
        UUID id = ReferralFixtures.sent(context, scene);

        MimeMessage toReceiver =
                ReceivedMail.awaitMailTo(greenMail, scene.receiver().email());
        actingAs(scene.receiver(), () -> {
            referrals.step(scene.networkId(), id, 0, accept());
            return null;
        });
        MimeMessage toSender =
                ReceivedMail.awaitMailTo(greenMail, scene.sender().email());

        for (MimeMessage mail : new MimeMessage[] {toReceiver, toSender}) {
            String text = mail.getSubject() + "\n" + ReceivedMail.text(mail);
            assertThat(text)
                    .contains("/referrals/" + id)
                    .contains("Kind en Gezin")
                    .contains("OCMW");
            assertThat(text)
                    .doesNotContain("Vermeulen")
                    .doesNotContain("Lina")
                    .doesNotContain("opvang")
                    .doesNotContain("opleiding")
                    .doesNotContain("halve dagen")
                    .doesNotContain("18 uur")
                    .doesNotContain("school");
        }
        assertThat(toSender.getSubject()).contains("Aanvaard");
        assertThat(ReceivedMail.text(toReceiver)).contains("Verstuurd");
    }

    @Test
    void eachRecipientGetsTheStepInTheLanguageTheyChoseAndColleaguesWithoutAChoiceInDutch() throws Exception {
        assertThat(mvc.post()
                        .uri("/account/language")
                        .with(user(scene.receiver()))
                        .with(csrf())
                        .param("language", "en"))
                .hasStatus(HttpStatus.FOUND);
        PlatformFixtures platform = new PlatformFixtures(context);
        AccountView colleague = platform.member(
                scene.family().network(), Role.PROFESSIONAL, scene.family().otherOrganisation());

        UUID id = ReferralFixtures.sent(context, scene);

        MimeMessage english =
                ReceivedMail.awaitMailTo(greenMail, scene.receiver().email());
        assertThat(english.getSubject()).startsWith("Referral from ").endsWith(": Sent");
        assertThat(ReceivedMail.text(english))
                .contains("has a new status: Sent.", "/referrals/" + id)
                .doesNotContain("Verstuurd");
        MimeMessage dutch = ReceivedMail.awaitMailTo(greenMail, colleague.email());
        assertThat(dutch.getSubject()).startsWith("Doorverwijzing van ").endsWith(": Verstuurd");
        assertThat(ReceivedMail.text(dutch))
                .contains("heeft een nieuwe stand: Verstuurd.", "/referrals/" + id)
                .doesNotContain("Sent");
    }

    @Test
    void noNotificationIsLostWhileTheSmtpServerIsDown() throws Exception {
        greenMail.stop();
        UUID id = ReferralFixtures.sent(context, scene);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(attemptsFor(id)).isGreaterThanOrEqualTo(2));
        assertThat(unsentFor(id)).isPositive();

        greenMail.start();

        MimeMessage received =
                ReceivedMail.awaitMailTo(greenMail, scene.receiver().email());
        assertThat(ReceivedMail.text(received)).contains("/referrals/" + id);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unsentFor(id)).isZero());
    }

    private static Referral.Step accept() {
        return Referral.Step.to(ReferralStatus.ACCEPTED);
    }

    private int attemptsFor(UUID id) {
        Integer attempts = jdbc.queryForObject(
                "select coalesce(min(attempts), 0) from mail_outbox where body like ?", Integer.class, "%" + id + "%");
        return attempts == null ? 0 : attempts;
    }

    private long unsentFor(UUID id) {
        Long count = jdbc.queryForObject(
                "select count(*) from mail_outbox where sent_at is null and body like ?", Long.class, "%" + id + "%");
        return count == null ? 0 : count;
    }
}
