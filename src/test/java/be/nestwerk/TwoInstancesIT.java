package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.platform.security.Accounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web tier keeps no state of its own: two instances on one PostgreSQL (the server of SPRING_DATASOURCE_URL on
 * CI, else an embedded one) share sessions, so a load balancer may send each request to either of them.
 */
class TwoInstancesIT {

    private static final String PASSWORD = "two-instances-password";
    private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]+)");
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private static EmbeddedPostgres embedded;
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws IOException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String username = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            username = "postgres";
            password = "postgres";
        }
        instanceA = start(url, username, password);
        instanceB = start(url, username, password);
    }

    private static ConfigurableApplicationContext start(String url, String username, String password) {
        return new SpringApplicationBuilder(NestwerkApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=" + password,
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopInstancesAndDatabase() throws IOException {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void acceptsOnOneInstanceTheSessionSignedInOnTheOther() throws Exception {
        String email = newAccount("Dirk Twee");

        String session = signIn(instanceA, email);

        HttpResponse<String> workspace = get(instanceB, "/workspace", session);
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("Welkom, Dirk Twee.");
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String session = signIn(instanceA, newAccount("Eva Twee"));
        assertThat(get(instanceB, "/workspace", session).statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut =
                post(instanceA, "/logout", session, Map.of("_csrf", csrf(get(instanceA, "/workspace", session))));
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

        HttpResponse<String> afterwards = get(instanceB, "/workspace", session);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private static String newAccount(String name) {
        String email = "two-instances-" + UUID.randomUUID() + "@example.org";
        instanceA.getBean(Accounts.class).create(email, name, PASSWORD);
        return email;
    }

    /** Signs in through the form of the instance and returns the new session id (it changes on sign-in). */
    private String signIn(ConfigurableApplicationContext instance, String email) throws Exception {
        HttpResponse<String> form = get(instance, "/login", null);
        String anonymous = session(form);
        HttpResponse<String> signedIn = post(
                instance, "/login", anonymous, Map.of("username", email, "password", PASSWORD, "_csrf", csrf(form)));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/workspace"));
        return session(signedIn);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(
            ConfigurableApplicationContext instance, String path, String session, Map<String, String> fields)
            throws Exception {
        String form = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(field ->
                                field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri(instance, path))
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(cookie -> cookie.group(1))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher input = CSRF_INPUT.matcher(page.body());
        assertThat(input.find()).as("CSRF field on %s", page.uri()).isTrue();
        Matcher value = VALUE.matcher(input.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }
}
