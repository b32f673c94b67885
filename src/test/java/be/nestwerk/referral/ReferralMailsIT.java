package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.mail.ReceivedMail;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** The mails of a referral's steps: they reach the other side through the outbox and carry no personal data. */
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
