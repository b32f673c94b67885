package be.nestwerk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class AuditPageIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    PlatformFixtures fixtures;
    NetworkRef network;
    AccountView coordinator;
    NestwerkUser coordinatorUser;
    String tag;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
        coordinatorUser = fixtures.principal(coordinator);
        tag = PlatformFixtures.unique("event");
    }

    @Test
    void showsTheNetworksEventsNewestFirstWithTheirChanges() {
        change(network, AuditAction.NETWORK_UPDATED, tag + " first", Map.of("name", "Oud"), Map.of("name", "Nieuw"));
        change(network, AuditAction.PARTNERSHIP_ADDED, tag + " second", null, Map.of("involvement", "CORE_PARTNER"));

        String page = body("/n/{slug}/audit", network.slug());

        assertThat(page).contains("Netwerk gewijzigd", "Partnerschap toegevoegd", "<details", "CORE_PARTNER", "Oud");
        assertThat(page.indexOf(tag + " second")).isLessThan(page.indexOf(tag + " first"));
    }

    @Test
    void leavesOutOtherNetworksAndSecurityEventsWithoutANetwork() {
        NetworkRef other = fixtures.network();
        change(other, AuditAction.NETWORK_UPDATED, tag + " elsewhere", null, null);
        auditLog.security(AuditAction.LOGIN_SUCCEEDED, coordinator.id(), coordinator.email(), null, tag + " login");
        change(network, AuditAction.NETWORK_UPDATED, tag + " here", null, null);

        assertThat(body("/n/{slug}/audit", network.slug()))
                .contains(tag + " here")
                .doesNotContain(tag + " elsewhere", tag + " login");
    }

    @Test
    void filtersByActionActorAndDates() {
        change(network, AuditAction.NETWORK_UPDATED, tag + " update", null, null);
        change(network, AuditAction.ORGANISATION_ADDED, tag + " organisation", null, null);
        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
        String slug = network.slug();

        assertThat(body("/n/{slug}/audit?action=ORGANISATION_ADDED", slug))
                .contains(tag + " organisation")
                .doesNotContain(tag + " update");
        assertThat(body(
                        "/n/{slug}/audit?actor={actor}",
                        slug,
                        coordinator.email().substring(0, 12)))
                .contains(tag + " update", tag + " organisation");
        assertThat(body("/n/{slug}/audit?actor=someone-else", slug)).doesNotContain(tag);
        assertThat(body("/n/{slug}/audit?actor=%25", slug)).doesNotContain(tag);
        assertThat(body("/n/{slug}/audit?from={d}&to={d}", slug, today, today))
                .contains(tag + " update", tag + " organisation");
        assertThat(body("/n/{slug}/audit?from=2020-01-01&to=2020-12-31", slug)).doesNotContain(tag);
    }

    @Test
    void pagesFiftyEventsAtATime() {
        for (int i = 0; i < 55; i++) {
            change(network, AuditAction.NETWORK_UPDATED, tag + " #" + i + ";", null, null);
        }

        String first = body("/n/{slug}/audit?action=NETWORK_UPDATED", network.slug());
        String second = body("/n/{slug}/audit?action=NETWORK_UPDATED&page=1", network.slug());

        assertThat(count(first, tag)).isEqualTo(50);
        assertThat(first).contains(tag + " #54;", "Pagina 1 van 2", "page=1");
        assertThat(count(second, tag)).isEqualTo(5);
        assertThat(second).contains(tag + " #0;", "Pagina 2 van 2");
    }

    @Test
    void refusesABadDateWithATranslated400() {
        assertThat(mvc.get()
                        .uri("/n/{slug}/audit?from=31-02-2025", network.slug())
                        .with(user(coordinatorUser)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul een geldige datum in");
        assertThat(mvc.get()
                        .uri("/n/{slug}/audit?to=yesterday&lang=fr", network.slug())
                        .with(user(coordinatorUser)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Saisissez une date valide");
        assertThat(mvc.get()
                        .uri("/n/{slug}/audit?action=NO_SUCH_THING", network.slug())
                        .with(user(coordinatorUser)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get()
                        .uri("/n/{slug}/audit?from=2025-03-02&to=2025-03-01", network.slug())
                        .with(user(coordinatorUser)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("De einddatum ligt voor de begindatum");
    }

    @Test
    void onlyTheCoordinatorSeesTheLog() {
        UUID organisation = fixtures.organisation(network, "Partner");
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        AccountView foreignCoordinator = fixtures.member(fixtures.network(), Role.COORDINATOR, null);

        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug()).with(user(fixtures.principal(professional))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug()).with(user(fixtures.principal(foreignCoordinator))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/n/unknown-network/audit").with(user(coordinatorUser)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** A change made by the coordinator, as the network module would record it. */
    private void change(NetworkRef target, AuditAction action, String summary, Object before, Object after) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        coordinatorUser, null, coordinatorUser.getAuthorities()));
        try {
            transactions.executeWithoutResult(
                    status -> auditLog.change(target.id(), action, "Test", UUID.randomUUID(), summary, before, after));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String body(String uri, Object... variables) {
        var result = mvc.get().uri(uri, variables).with(user(coordinatorUser)).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
