package be.nestwerk.bench;

import be.nestwerk.bench.ReferralClient.Ack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the load: waits until the outbox is empty, then compares what the clients were told (the acknowledgements)
 * with what the database holds (the referrals of the benchmark's accounts, their first step, their queued mails) and
 * with what reached the SMTP sink (GreenMail's messages, read through its API, each matched to its referral by the
 * link in the body). Prints every figure; {@link #passed()} says whether every check held.
 */
final class DeliveryCheck {

    private static final Pattern REFERRAL_LINK = Pattern.compile("/referrals/([0-9a-f]{8}-[0-9a-f-]{27})");

    private final Connection db;
    private final ReferralScene scene;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String greenMailApi;
    private final Timestamp since;
    private final List<String> failures = new ArrayList<>();

    /** {@code since}: the database's time when the load began; older referrals (of an earlier run) are not looked at. */
    DeliveryCheck(Connection db, ReferralScene scene, String greenMailApi, Timestamp since) {
        this.db = db;
        this.scene = scene;
        this.greenMailApi = greenMailApi;
        this.since = since;
    }

    /** A referral of the benchmark as the database has it: its request id and how many SENT steps it has. */
    private record Stored(UUID requestId, int sentSteps) {}

    /** Waits until no mail waits in the outbox; returns how long that took, or null after the timeout. */
    Duration awaitEmptyOutbox(Duration timeout) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long waiting = single("select count(*) from mail_outbox where sent_at is null");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waiting == 0) {
                return waited;
            }
            if (waited.compareTo(timeout) > 0) {
                fail("the outbox still holds " + waiting + " unsent mails after " + timeout.toSeconds() + " s");
                return null;
            }
            Thread.sleep(1000);
        }
    }

    void check(List<Ack> acks) throws SQLException, IOException, InterruptedException, MessagingException {
        Map<UUID, Stored> stored = referrals();
        Set<UUID> acknowledged = new HashSet<>();
        int found = 0;
        int otherRequest = 0;
        for (Ack ack : acks) {
            acknowledged.add(ack.referralId());
            Stored referral = stored.get(ack.referralId());
            if (referral != null) {
                found++;
                if (!referral.requestId().equals(ack.requestId())) {
                    otherRequest++;
                }
            }
        }
        Set<UUID> notAcknowledged = new HashSet<>(stored.keySet());
        notAcknowledged.removeAll(acknowledged);
        long withoutSent = stored.values().stream().filter(r -> r.sentSteps() == 0).count();
        long twiceSent = stored.values().stream().filter(r -> r.sentSteps() > 1).count();

        System.out.println();
        line("acknowledged referrals (distinct requests)", acks.size());
        line("  distinct referral ids among them", acknowledged.size());
        line("  found in the table referral", found);
        line("  found, but made for another request id", otherRequest);
        line("referrals of the benchmark's accounts in the database", stored.size());
        line("  in the database but never acknowledged (answer lost; allowed)", notAcknowledged.size());
        line("referrals without their SENT step", withoutSent);
        line("referrals with more than one SENT step", twiceSent);
        if (acknowledged.size() != acks.size()) {
            fail((acks.size() - acknowledged.size()) + " acknowledgements name a referral another request got");
        }
        if (found != acks.size()) {
            fail((acks.size() - found) + " acknowledged referrals are not in the database");
        }
        if (otherRequest > 0) {
            fail(otherRequest + " acknowledged referrals belong to another request");
        }
        if (withoutSent > 0) {
            fail(withoutSent + " referrals have no SENT step");
        }
        if (twiceSent > 0) {
            fail(twiceSent + " referrals have two SENT steps");
        }
        checkMails(stored.keySet());
    }

    private void checkMails(Set<UUID> referrals)
            throws SQLException, IOException, InterruptedException, MessagingException {
        Map<String, Integer> queued = queued(referrals);
        Map<String, Integer> received = received(referrals);
        Set<UUID> withQueuedMail = new HashSet<>();
        queued.keySet().forEach(key -> withQueuedMail.add(referralOf(key)));
        Set<UUID> withReceivedMail = new HashSet<>();
        received.keySet().forEach(key -> withReceivedMail.add(referralOf(key)));
        int notReceived = 0;
        int duplicates = 0;
        int unexpected = 0;
        for (Map.Entry<String, Integer> mail : queued.entrySet()) {
            int arrived = received.getOrDefault(mail.getKey(), 0);
            if (arrived == 0) {
                notReceived++;
            }
            duplicates += Math.max(0, arrived - mail.getValue());
        }
        for (String key : received.keySet()) {
            if (!queued.containsKey(key)) {
                unexpected++;
            }
        }
        Set<UUID> withoutQueued = new HashSet<>(referrals);
        withoutQueued.removeAll(withQueuedMail);
        Set<UUID> withoutReceived = new HashSet<>(referrals);
        withoutReceived.removeAll(withReceivedMail);
        long retried = single(
                "select count(*) from mail_outbox where attempts > 1 and body like '%/referrals/%' and created_at >= ?");

        System.out.println();
        line("mails queued in the outbox for these referrals", sum(queued));
        line("  distinct (recipient, referral) notifications", queued.size());
        line("  recipients", queued.keySet().stream().map(key -> key.split(" ", 2)[0]).distinct().count());
        line("  referrals without a queued mail", withoutQueued.size());
        line("  outbox rows that needed more than one attempt", retried);
        line("mails received by the SMTP sink for these referrals", sum(received));
        line("  referrals without a received mail", withoutReceived.size());
        line("  notifications never received", notReceived);
        line("  duplicates received (sent more than once; allowed)", duplicates);
        line("  received without a queued notification", unexpected);
        if (!withoutQueued.isEmpty()) {
            fail(withoutQueued.size() + " referrals have no mail in the outbox");
        }
        if (!withoutReceived.isEmpty()) {
            fail(withoutReceived.size() + " referrals have no mail at the SMTP sink");
        }
        if (notReceived > 0) {
            fail(notReceived + " queued notifications never reached the SMTP sink");
        }
        if (unexpected > 0) {
            fail(unexpected + " mails reached the sink that no outbox row explains");
        }
    }

    /** The referrals the benchmark's accounts sent since the load began. */
    private Map<UUID, Stored> referrals() throws SQLException {
        Map<UUID, Stored> referrals = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                """
                select r.id, r.request_id, count(s.id) from referral r
                left join referral_step s on s.referral_id = r.id and s.status = 'SENT'
                where r.sent_by = any(?) and r.created_at >= ?
                group by r.id, r.request_id
                """)) {
            query.setArray(1, db.createArrayOf("uuid", scene.accounts().toArray()));
            query.setTimestamp(2, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    referrals.put(
                            row.getObject(1, UUID.class),
                            new Stored(row.getObject(2, UUID.class), row.getInt(3)));
                }
            }
        }
        return referrals;
    }

    /** The outbox rows that link to one of the referrals, counted per "recipient referral-id". */
    private Map<String, Integer> queued(Set<UUID> referrals) throws SQLException {
        Map<String, Integer> queued = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "select recipient, body from mail_outbox where body like '%/referrals/%' and created_at >= ?")) {
            query.setTimestamp(1, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    count(queued, row.getString(1), row.getString(2), referrals);
                }
            }
        }
        return queued;
    }

    /** GreenMail's messages, of every mailbox it made for a recipient, counted like {@link #queued}. */
    private Map<String, Integer> received(Set<UUID> referrals)
            throws IOException, InterruptedException, MessagingException {
        JsonMapper json = JsonMapper.builder().build();
        Session session = Session.getInstance(new Properties());
        Map<String, Integer> received = new HashMap<>();
        for (JsonNode user : json.readTree(api("/api/user"))) {
            String email = user.path("email").asString();
            String messages = api("/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
            for (JsonNode message : json.readTree(messages)) {
                MimeMessage mime = new MimeMessage(
                        session,
                        new ByteArrayInputStream(
                                message.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
                count(received, email, String.valueOf(mime.getContent()), referrals);
            }
        }
        return received;
    }

    private static void count(Map<String, Integer> counts, String recipient, String body, Set<UUID> referrals) {
        Matcher link = REFERRAL_LINK.matcher(body);
        if (link.find()) {
            UUID referral = UUID.fromString(link.group(1));
            if (referrals.contains(referral)) {
                counts.merge(recipient.toLowerCase() + " " + referral, 1, Integer::sum);
            }
        }
    }

    private String api(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(greenMailApi + path))
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GreenMail " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setTimestamp(1, since);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static UUID referralOf(String key) {
        return UUID.fromString(key.substring(key.indexOf(' ') + 1));
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    static void line(String label, long value) {
        System.out.printf("%-66s %,10d%n", label, value);
    }

    void fail(String failure) {
        failures.add(failure);
    }

    List<String> failures() {
        return failures;
    }

    boolean passed() {
        return failures.isEmpty();
    }
}
