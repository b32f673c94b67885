package be.nestwerk.platform.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a plain-text mail in the outbox, in the caller's transaction: the mail leaves only when the change that
 * caused it is committed, and a failing SMTP server loses nothing.
 */
@Service
public class Mailer {

    static final int MAX_SUBJECT_LENGTH = 300;

    private final JdbcClient jdbc;

    Mailer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void send(String to, String subject, String body) {
        String oneLineSubject = subject.replaceAll("[\\r\\n]+", " ").trim();
        jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:to, :subject, :body)")
                .param("to", to.trim())
                .param("subject", truncate(oneLineSubject))
                .param("body", body)
                .update();
    }

    private static String truncate(String subject) {
        return subject.length() > MAX_SUBJECT_LENGTH ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
    }
}
