package be.nestwerk.platform.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the latest mail to someone straight from the outbox, for tests that need its link but not its delivery. */
final class Outbox {

    private Outbox() {}

    static String latestBody(JdbcClient jdbc, String to) {
        return jdbc.sql("select body from mail_outbox where recipient = :to order by id desc limit 1")
                .param("to", to)
                .query(String.class)
                .single();
    }

    static long count(JdbcClient jdbc, String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                .param("to", to)
                .query(Long.class)
                .single();
    }

    /** The path (without host) of the link in the latest mail to someone, that starts with the given path. */
    static String latestLink(JdbcClient jdbc, String to, String path) {
        String body = latestBody(jdbc, to);
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S+)")
                .matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in: " + body);
        }
        return matcher.group(1);
    }
}
