package be.nestwerk.bench;

import be.nestwerk.bench.ReferralClient.Ack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The referral reliability load: N clients, each a person with a session of their own, send referrals until M have
 * been acknowledged, while {@code bench/referral-reliability.sh} kills the application with {@code kill -9} and
 * restarts it. The number of acknowledgements so far is written to a progress file the script watches. Then it
 * checks that every acknowledged referral exists and that every notification reached the SMTP sink at least once
 * ({@link DeliveryCheck}), prints the figures and exits with 1 when a check fails.
 *
 * <pre>java be.nestwerk.bench.ReferralReliabilityDriver --base-url http://127.0.0.1:8080 --url jdbc:postgresql://…
 *     --user u --password p --greenmail-api http://127.0.0.1:8081 [--clients 16] [--referrals 10000]
 *     [--progress file] [--kills file] [--expected-kills 2] [--drain-timeout 600] [--give-up 600]
 *     [--acknowledged file.csv]</pre>
 */
public final class ReferralReliabilityDriver {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = options.getOrDefault("base-url", "http://127.0.0.1:8080").replaceAll("/+$", "");
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int referrals = Integer.parseInt(options.getOrDefault("referrals", "10000"));
        Path progress = Path.of(options.getOrDefault("progress", "target/bench/referral-progress"));
        Path kills = Path.of(options.getOrDefault("kills", "target/bench/referral-kills"));
        int expectedKills = Integer.parseInt(options.getOrDefault("expected-kills", "0"));
        Duration drainTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("drain-timeout", "600")));
        Duration giveUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("give-up", "600")));
        Path acknowledgedFile = Path.of(options.getOrDefault("acknowledged", "target/bench/referral-acknowledged.csv"));

        try (Connection db = DriverManager.getConnection(
                options.get("url"), options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            ReferralScene scene = ReferralScene.prepare(db, clients);
            forgetSecondFactors(db, scene);
            System.out.printf(
                    "%d clients (accounts %s … %s) send %,d referrals of one family to one partner in network %s%n",
                    clients, ReferralScene.accountEmail(1), ReferralScene.accountEmail(clients), referrals, scene.slug());

            List<ReferralClient> people = new ArrayList<>();
            for (int client = 1; client <= clients; client++) {
                people.add(new ReferralClient(base, scene, ReferralScene.accountEmail(client), giveUp));
            }
            long signingIn = System.nanoTime();
            // Four at a time: an enrolment hashes ten recovery codes, and sixteen at once exhaust the connection pool.
            Semaphore signingInNow = new Semaphore(4);
            List<Throwable> notStarted = inParallel(people, client -> {
                signingInNow.acquire();
                try {
                    client.start();
                } finally {
                    signingInNow.release();
                }
            });
            if (!notStarted.isEmpty()) {
                System.out.println("RESULT: FAILED — not every client could sign in and step up");
                System.exit(1);
            }
            System.out.printf(
                    "All %d signed in and stepped up (TOTP enrolment) in %.1f s%n",
                    clients, (System.nanoTime() - signingIn) / 1e9);

            people.forEach(ReferralClient::resetFigures);
            Timestamp since = databaseNow(db);
            AtomicInteger tickets = new AtomicInteger(referrals);
            AtomicInteger acknowledged = new AtomicInteger();
            ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
            ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
            reporter.scheduleAtFixedRate(() -> write(progress, acknowledged.get()), 0, 200, TimeUnit.MILLISECONDS);
            long loadStart = System.nanoTime();
            List<Throwable> broken = inParallel(people, client -> {
                while (tickets.getAndDecrement() > 0) {
                    acks.add(client.send(UUID.randomUUID()));
                    acknowledged.incrementAndGet();
                }
            });
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            reporter.shutdownNow();
            write(progress, acknowledged.get());
            writeAcknowledged(acknowledgedFile, acks);

            printLoad(people, new ArrayList<>(acks), loadSeconds, clients);
            List<String> killLines = Files.exists(kills) ? Files.readAllLines(kills) : List.of();
            System.out.println();
            System.out.printf("kill -9 of the application during the load: %d (expected %d)%n", killLines.size(), expectedKills);
            killLines.forEach(line -> System.out.println("  " + line));

            DeliveryCheck check = new DeliveryCheck(db, scene, options.get("greenmail-api"), since);
            broken.forEach(failure -> check.fail("a client stopped: " + failure.getMessage()));
            if (killLines.size() < expectedKills) {
                check.fail("only " + killLines.size() + " of " + expectedKills + " kills were done");
            }
            System.out.println();
            System.out.printf("Waiting for the outbox to be sent (at most %d s)…%n", drainTimeout.toSeconds());
            Duration drained = check.awaitEmptyOutbox(drainTimeout);
            if (drained != null) {
                System.out.printf("Outbox empty %.1f s after the last acknowledgement%n", drained.toMillis() / 1e3);
            }
            check.check(new ArrayList<>(acks));
            DeliveryCheck.line("largest session attribute in the database (bytes)", largestSessionAttribute(db));

            System.out.println();
            if (check.passed()) {
                System.out.println("RESULT: PASSED — every acknowledged referral exists, every notification was received");
            } else {
                System.out.println("RESULT: FAILED");
                check.failures().forEach(failure -> System.out.println("  - " + failure));
                System.exit(1);
            }
        }
    }

    /** The accounts get a new factor each run: the enrolment page is how the clients learn their secret. */
    private static void forgetSecondFactors(Connection db, ReferralScene scene) throws Exception {
        try (PreparedStatement delete = db.prepareStatement("delete from second_factor where account_id = any(?)")) {
            delete.setArray(1, db.createArrayOf("uuid", scene.accounts().toArray()));
            delete.executeUpdate();
        }
    }

    /** Flash attributes pile up in a session whose redirects are not followed (as here); this shows how far. */
    private static long largestSessionAttribute(Connection db) throws Exception {
        try (PreparedStatement query =
                        db.prepareStatement("select coalesce(max(octet_length(attribute_bytes)), 0) from spring_session_attributes");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Timestamp databaseNow(Connection db) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select now()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    private static void printLoad(List<ReferralClient> people, List<Ack> acks, double seconds, int clients) {
        long[] answers = acks.stream().mapToLong(Ack::answerNanos).sorted().toArray();
        long[] untilAck = acks.stream().mapToLong(Ack::sinceFirstNanos).sorted().toArray();
        Map<Integer, Long> statuses =
                acks.stream().collect(Collectors.groupingBy(Ack::status, TreeMap::new, Collectors.counting()));
        long retried = acks.stream().filter(ack -> ack.attempts() > 1).count();
        Map<Integer, Integer> serverErrors = new TreeMap<>();
        people.forEach(p -> p.serverErrors.forEach((status, n) -> serverErrors.merge(status, n, Integer::sum)));
        System.out.println();
        System.out.printf("Load: %,d referrals acknowledged in %.1f s by %d clients: %.1f referrals/s%n",
                acks.size(), seconds, clients, acks.size() / seconds);
        System.out.printf("  acknowledged with %s (status: count)%n", statuses);
        System.out.printf(
                "  answer time of the acknowledging POST: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(answers, 50), percentile(answers, 95), percentile(answers, 99), percentile(answers, 100));
        System.out.printf(
                "  time from the first attempt to the acknowledgement: p99 %.1f ms, max %.1f s%n",
                percentile(untilAck, 99), percentile(untilAck, 100) / 1e3);
        System.out.printf(
                "  referrals that needed more than one request: %,d; HTTP requests in all %,d; connection errors %,d;"
                        + " 5xx answers %s; CSRF refusals %,d; sign-ins %,d; TOTP step-ups after the first %,d%n",
                retried,
                people.stream().mapToInt(p -> p.requests).sum(),
                people.stream().mapToInt(p -> p.connectionErrors).sum(),
                serverErrors,
                people.stream().mapToInt(p -> p.forbidden).sum(),
                people.stream().mapToInt(p -> p.signIns).sum(),
                people.stream().mapToInt(p -> p.proofs).sum());
        System.out.printf(
                "  longest time a client waited for any answer: %.1f s%n",
                people.stream().mapToLong(p -> p.longestOutageNanos).max().orElse(0) / 1e9);
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    interface ClientWork {
        void run(ReferralClient client) throws Exception;
    }

    /** Runs the work on every client in a thread of its own; returns what failed. */
    private static List<Throwable> inParallel(List<ReferralClient> people, ClientWork work)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(people.size());
        List<Throwable> failures = new ArrayList<>();
        for (ReferralClient client : people) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            work.run(client);
                        } catch (Exception | Error e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                            System.out.println(client.email() + ": " + e);
                        } finally {
                            done.countDown();
                        }
                    },
                    client.email());
            thread.start();
        }
        done.await();
        return failures;
    }

    private static void write(Path progress, int acknowledged) {
        try {
            Path next = progress.resolveSibling(progress.getFileName() + ".next");
            Files.writeString(next, acknowledged + "\n");
            Files.move(next, progress, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAcknowledged(Path file, Iterable<Ack> acks) throws IOException {
        List<String> lines = new ArrayList<>(List.of("request_id,referral_id,status,attempts,answer_ms"));
        for (Ack ack : acks) {
            lines.add(ack.requestId() + "," + ack.referralId() + "," + ack.status() + "," + ack.attempts() + ","
                    + ack.answerNanos() / 1_000_000);
        }
        Files.write(file, lines);
    }

    private ReferralReliabilityDriver() {}
}
