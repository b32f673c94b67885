package be.nestwerk.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class MailOutboxIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void deliversAQueuedMailThroughSmtp() throws Exception {
        String to = PlatformFixtures.uniqueEmail("mail");

        mailer.send(to, "Welkom bij het Huis van het Kind", "Dag Anaïs,\n\nWelkom.");

        MimeMessage received = awaitMailTo(to);
        assertThat(received.getSubject()).isEqualTo("Welkom bij het Huis van het Kind");
        assertThat(received.getContent().toString()).contains("Dag Anaïs,");
        assertThat(received.getFrom()[0].toString()).isEqualTo("noreply@nestwerk.local");
        // the dispatcher marks its whole batch sent in one commit, after the server has received the mail
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(row(to).get("sent_at")).isNotNull());
        assertThat(row(to)).containsEntry("attempts", 1).containsEntry("last_error", null);
    }

    @Test
    void keepsTheMailWhileTheSmtpServerIsDownAndDeliversItOnceTheServerIsBack() throws Exception {
        greenMail.stop();
        String to = PlatformFixtures.uniqueEmail("later");

        mailer.send(to, "Uitnodiging", "Een link");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat((Integer) row(to).get("attempts")).isGreaterThanOrEqualTo(2));
        assertThat(row(to).get("sent_at")).isNull();
        assertThat(row(to).get("last_error")).isNotNull();

        greenMail.start();

        MimeMessage received = awaitMailTo(to);
        assertThat(received.getSubject()).isEqualTo("Uitnodiging");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(row(to).get("sent_at")).isNotNull());
    }

    @Test
    void writesTheMailInTheCallersTransactionSoThatARollbackSendsNothing() {
        String to = PlatformFixtures.uniqueEmail("rolled-back");

        transactions.executeWithoutResult(status -> {
            mailer.send(to, "Nooit", "Nooit verstuurd");
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                        .param("to", to)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Map<String, Object> row(String to) {
        return jdbc.sql("select attempts, last_error, sent_at from mail_outbox where recipient = :to")
                .param("to", to)
                .query()
                .singleRow();
    }

    private static MimeMessage awaitMailTo(String to) {
        return ReceivedMail.awaitMailTo(greenMail, to);
    }
}
