package be.nestwerk.platform.mail;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waits for mail in GreenMail; tests share one SMTP server, so they always look for their own recipient. */
public final class ReceivedMail {

    private ReceivedMail() {}

    public static MimeMessage awaitMailTo(GreenMailExtension greenMail, String to) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> receivedBy(greenMail, to), found -> !found.isEmpty())
                .get(0);
    }

    public static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
    }

    /** The first link in the mail whose path starts with the given one. */
    public static String linkIn(MimeMessage message, String path) throws Exception {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S+)")
                .matcher(String.valueOf(message.getContent()));
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in: " + message.getContent());
        }
        return matcher.group(1);
    }

    private static List<MimeMessage> receivedBy(GreenMailExtension greenMail, String to) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isFor(message, to))
                .toList();
    }

    private static boolean isFor(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(address -> address.toString().equalsIgnoreCase(to));
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
