package be.nestwerk.platform.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Rows are claimed with {@code for update skip locked}, so several application
 * instances can run this at once without sending a mail twice. Without an SMTP host the mail is only logged.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String smtpHost;
    private final String from;
    private final RetryPolicy retries;
    private final int batchSize;

    OutboxDispatcher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${nestwerk.mail.from}") String from,
            @Value("${nestwerk.mail.retry-backoff:30s}") Duration firstRetry,
            @Value("${nestwerk.mail.retry-max-backoff:1h}") Duration maxRetry,
            @Value("${nestwerk.mail.batch-size:20}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.smtpHost = smtpHost.trim();
        this.from = from;
        this.retries = new RetryPolicy(firstRetry, maxRetry);
        this.batchSize = batchSize;
    }

    @Scheduled(
            fixedDelayString = "${nestwerk.mail.dispatch-interval:10s}",
            initialDelayString = "${nestwerk.mail.dispatch-interval:10s}")
    void dispatchDue() {
        Integer claimed;
        do {
            claimed = transactions.execute(status -> dispatchBatch());
        } while (claimed != null && claimed == batchSize);
    }

    /**
     * Claims and sends one batch, through one connection to the SMTP server; every row is marked sent or given its
     * next attempt before the commit.
     */
    int dispatchBatch() {
        List<OutboxMail> due = jdbc.sql("select " + OutboxMail.COLUMNS
                        + " from mail_outbox where sent_at is null and next_attempt_at <= now()"
                        + " order by next_attempt_at, id limit :limit for update skip locked")
                .param("limit", batchSize)
                .query(OutboxMail::map)
                .list();
        Map<OutboxMail, RuntimeException> failures = deliver(due);
        for (OutboxMail mail : due) {
            RuntimeException failure = failures.get(mail);
            if (failure == null) {
                jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null"
                                + " where id = :id")
                        .param("id", mail.id())
                        .update();
            } else {
                failed(mail, failure);
            }
        }
        return due.size();
    }

    /** Sends the mails; returns those that failed, with why. Never throws: that would roll back the rows sent. */
    private Map<OutboxMail, RuntimeException> deliver(List<OutboxMail> mails) {
        if (mails.isEmpty()) {
            return Map.of();
        }
        if (smtpHost.isEmpty()) {
            mails.forEach(mail -> log.info(
                    "No SMTP host configured; mail {} not sent but logged.\nTo: {}\nSubject: {}\n\n{}",
                    mail.id(),
                    mail.recipient(),
                    mail.subject(),
                    mail.body()));
            return Map.of();
        }
        Map<SimpleMailMessage, OutboxMail> messages = new IdentityHashMap<>();
        for (OutboxMail mail : mails) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            messages.put(message, mail);
        }
        Map<OutboxMail, RuntimeException> failures = new HashMap<>();
        try {
            mailSender.getObject().send(messages.keySet().toArray(SimpleMailMessage[]::new));
        } catch (MailSendException partly) {
            partly.getFailedMessages().forEach((message, why) -> {
                OutboxMail mail = messages.get(message);
                if (mail != null) {
                    failures.put(mail, new MailSendException(String.valueOf(why.getMessage()), why));
                }
            });
            if (failures.isEmpty()) {
                mails.forEach(mail -> failures.put(mail, partly));
            }
        } catch (RuntimeException failure) {
            mails.forEach(mail -> failures.put(mail, failure));
        }
        return failures;
    }

    private void failed(OutboxMail mail, RuntimeException failure) {
        int attempts = mail.attempts() + 1;
        Duration delay = retries.delayAfter(attempts);
        String error = String.valueOf(failure.getMessage());
        log.warn("Mail {} not delivered (attempt {}), next attempt in {}: {}", mail.id(), attempts, delay, error);
        jdbc.sql("update mail_outbox set attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = now() + (:millis * interval '1 millisecond') where id = :id")
                .param("attempts", attempts)
                .param("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .param("millis", delay.toMillis())
                .param("id", mail.id())
                .update();
    }
}
