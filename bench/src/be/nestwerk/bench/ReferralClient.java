package be.nestwerk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person in a browser: a session of its own (cookies), signed in with a password and stepped up with a TOTP code,
 * sending referrals one after the other. A referral is sent with a fresh request id; when the connection fails or the
 * server answers 5xx, the same request (same id) is sent again after a back-off until the application acknowledges it
 * with a redirect to the referral. A lost session (answered by a redirect to the login or the step-up) is signed in
 * again, a refused CSRF token (403) fetched anew from the form.
 */
final class ReferralClient {

    /** What the application acknowledged: which request became which referral, after how many attempts. */
    record Ack(UUID requestId, UUID referralId, int status, int attempts, long answerNanos, long sinceFirstNanos) {}

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>\\s*([A-Z2-7 ]+?)\\s*<");
    private static final Pattern REFERRAL_LOCATION = Pattern.compile("/n/[^/]+/referrals/([0-9a-f-]{36})$");
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final int MAX_REFUSALS_IN_A_ROW = 10;

    private final HttpClient http;
    private final String base;
    private final ReferralScene scene;
    private final String email;
    private final Duration giveUp;
    private String csrf = "";
    private Totp totp;
    private long lastStep = Long.MIN_VALUE;

    int requests;
    int connectionErrors;
    int forbidden;
    int signIns;
    int proofs;
    final Map<Integer, Integer> serverErrors = new TreeMap<>();
    long longestOutageNanos;
    private long lastAnswerNanos;

    ReferralClient(String base, ReferralScene scene, String email, Duration giveUp) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = base;
        this.scene = scene;
        this.email = email;
        this.giveUp = giveUp;
    }

    /**
     * Signs in, enrols the second factor (which proves it for this session) and opens the referral form. An
     * enrolment that fails (a 5xx, no answer) is started again with a fresh code: the same code may be too old by then.
     */
    void start() throws InterruptedException {
        signIn();
        for (int i = 0; i < MAX_REFUSALS_IN_A_ROW; i++) {
            HttpResponse<String> page = answered(get("/account/two-factor"));
            Matcher secret = SECRET.matcher(page.body());
            if (page.statusCode() != 200 || !secret.find()) {
                throw new IllegalStateException(email + ": no enrolment page for the second factor (status "
                        + page.statusCode() + "); was the account enrolled before?");
            }
            totp = new Totp(secret.group(1));
            long step = freshStep();
            HttpResponse<String> enrolled = once(
                    post("/account/two-factor/enrol", Map.of("code", totp.code(step), "_csrf", csrf(page))));
            if (enrolled != null && enrolled.statusCode() == 200) {
                lastStep = step;
                openForm();
                return;
            }
        }
        throw new IllegalStateException(email + ": the enrolment of the second factor failed");
    }

    /** Forgets the figures of signing in and stepping up, so that what is printed is the load's. */
    void resetFigures() {
        requests = 0;
        connectionErrors = 0;
        forbidden = 0;
        signIns = 0;
        proofs = 0;
        serverErrors.clear();
        longestOutageNanos = 0;
    }

    /** Sends one referral until it is acknowledged. */
    Ack send(UUID requestId) throws InterruptedException {
        long first = System.nanoTime();
        int before = requests;
        int refusals = 0;
        while (true) {
            HttpResponse<String> answer = answered(post("/n/" + scene.slug() + "/referrals/new", form(requestId)));
            int status = answer.statusCode();
            String location = answer.headers().firstValue("Location").orElse("");
            Matcher referral = REFERRAL_LOCATION.matcher(location);
            if ((status == 303 || status == 302) && referral.find()) {
                return new Ack(
                        requestId,
                        UUID.fromString(referral.group(1)),
                        status,
                        requests - before,
                        lastAnswerNanos,
                        System.nanoTime() - first);
            }
            if (++refusals > MAX_REFUSALS_IN_A_ROW) {
                throw new IllegalStateException(email + ": request " + requestId + " refused " + refusals
                        + " times, last with " + status + " " + location + "\n" + excerpt(answer.body()));
            }
            if (status == 403) {
                forbidden++;
                openForm();
            } else if (isRedirect(status) && (location.contains("/login") || location.contains("/two-factor"))) {
                openForm();
            } else {
                throw new IllegalStateException(email + ": request " + requestId + " answered " + status + " "
                        + location + "\n" + excerpt(answer.body()));
            }
        }
    }

    /** The referral form, for its CSRF token; signs in and steps up again when the session was lost. */
    private void openForm() throws InterruptedException {
        for (int i = 0; i < MAX_REFUSALS_IN_A_ROW; i++) {
            HttpResponse<String> page =
                    answered(get("/n/" + scene.slug() + "/referrals/new?family=" + scene.familyId()));
            String location = page.headers().firstValue("Location").orElse("");
            if (page.statusCode() == 200) {
                csrf = csrf(page);
                return;
            } else if (isRedirect(page.statusCode()) && location.contains("/login")) {
                signIn();
                prove();
            } else if (isRedirect(page.statusCode()) && location.contains("/two-factor")) {
                prove();
            } else {
                throw new IllegalStateException(
                        email + ": the referral form answered " + page.statusCode() + " " + location);
            }
        }
        throw new IllegalStateException(email + ": could not open the referral form");
    }

    private void signIn() throws InterruptedException {
        signIns++;
        HttpResponse<String> login = answered(get("/login"));
        HttpResponse<String> answer = answered(post(
                "/login",
                Map.of("username", email, "password", ReferralScene.DEMO_PASSWORD, "_csrf", csrf(login))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (!isRedirect(answer.statusCode()) || location.contains("error")) {
            throw new IllegalStateException(email + ": sign-in refused (" + answer.statusCode() + " " + location + ")");
        }
    }

    /** The step-up with a code of a time step not used before (a code is accepted once). */
    private void prove() throws InterruptedException {
        proofs++;
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = answered(get("/account/two-factor"));
            long step = freshStep();
            HttpResponse<String> answer =
                    once(post("/account/two-factor", Map.of("code", totp.code(step), "_csrf", csrf(page))));
            lastStep = step;
            if (answer != null && isRedirect(answer.statusCode())) {
                return;
            }
        }
        throw new IllegalStateException(email + ": the second factor was refused three times");
    }

    /** A time step after the last one used, not in its last two seconds (the server may already be in the next). */
    private long freshStep() throws InterruptedException {
        while (true) {
            Instant now = Instant.now();
            long step = Totp.stepAt(now);
            long left = (step + 1) * Totp.STEP_SECONDS - now.getEpochSecond();
            if (step > lastStep && left > 2) {
                return step;
            }
            Thread.sleep(500);
        }
    }

    /** Sends until answered with less than 500, backing off while the application is down or starting. */
    private HttpResponse<String> answered(HttpRequest request) throws InterruptedException {
        long since = 0;
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            HttpResponse<String> answer = once(request);
            if (answer != null) {
                if (since != 0) {
                    longestOutageNanos = Math.max(longestOutageNanos, System.nanoTime() - since);
                }
                return answer;
            }
            if (since == 0) {
                since = System.nanoTime();
            } else if (System.nanoTime() - since > giveUp.toNanos()) {
                throw new IllegalStateException(email + ": no answer for " + giveUp.toSeconds() + " s");
            }
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** One try: the answer, or null when there was none (a connection error) or it was a 5xx. */
    private HttpResponse<String> once(HttpRequest request) throws InterruptedException {
        requests++;
        long sent = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastAnswerNanos = System.nanoTime() - sent;
            if (answer.statusCode() < 500) {
                return answer;
            }
            serverErrors.merge(answer.statusCode(), 1, Integer::sum);
        } catch (IOException e) {
            connectionErrors++;
        }
        return null;
    }

    private Map<String, String> form(UUID requestId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("family", scene.familyId().toString());
        form.put("requestId", requestId.toString());
        form.put("fromOrganisation", scene.fromOrganisation().toString());
        form.put("toOrganisation", scene.toOrganisation().toString());
        form.put("reason", "Benchmark: de ouders zoeken ondersteuning bij de opvoeding (fictief).");
        form.put("familyWishes", "Een eerste gesprek thuis, in het Nederlands of het Turks.");
        form.put("language", "tr");
        form.put("interpreterNeeded", "true");
        form.put("contactRoute", "Via de huisbezoeker");
        form.put("contactTimes", "Weekdagen na 16 uur");
        form.put("accompanied", "true");
        form.put("introductionCall", "true");
        form.put("firstVisitTogether", "false");
        form.put("warmNote", "");
        form.put("question", "");
        form.put("support", "");
        return form;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .GET()
                .build();
    }

    private HttpRequest post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String csrf(HttpResponse<String> page) {
        Matcher input = CSRF.matcher(page.body());
        if (!input.find()) {
            throw new IllegalStateException(email + ": no CSRF token on " + page.uri() + " (" + page.statusCode() + ")");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException(email + ": an empty CSRF field on " + page.uri());
        }
        return value.group(1);
    }

    private static boolean isRedirect(int status) {
        return Arrays.asList(301, 302, 303, 307, 308).contains(status);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    String email() {
        return email;
    }
}
