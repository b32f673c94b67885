package be.nestwerk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractStringAssert;
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
    void refusesABadFilterWithATranslated400() {
        refused("from=31-02-2025").contains("Vul een geldige datum in");
        refused("to=yesterday&lang=fr").contains("Saisissez une date valide");
        refused("action=NO_SUCH_THING");
        refused("from=2025-03-02&to=2025-03-01").contains("De einddatum ligt voor de begindatum");
        refused("purpose=no%20such;thing").contains("Een doel bestaat uit letters");
    }

    private AbstractStringAssert<?> refused(String query) {
        return assertThat(mvc.get()
                        .uri("/n/{slug}/audit?" + query, network.slug())
                        .with(SecondFactorFixtures.provedAs(coordinatorUser)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText();
    }

    @Test
    void onlyTheCoordinatorAndTheOfficerSeeTheLog() {
        UUID organisation = fixtures.organisation(network, "Partner");
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        AccountView foreignCoordinator = fixtures.member(fixtures.network(), Role.COORDINATOR, null);

        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug()).with(user(fixtures.principal(professional))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug()).with(user(fixtures.principal(foreignCoordinator))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/audit", network.slug())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/n/unknown-network/audit").with(SecondFactorFixtures.provedAs(coordinatorUser)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDataProtectionOfficerSearchesByRecordAndPurposeAndTheSearchIsLogged() {
        NestwerkUser officer = fixtures.principal(fixtures.member(network, Role.DATA_PROTECTION_OFFICER, null));
        UUID family = UUID.randomUUID();
        personalData(family, "REFERRAL", tag + " referral read");
        personalData(family, "FAMILY_FILE", tag + " file read");
        personalData(UUID.randomUUID(), "REFERRAL", tag + " other family");

        var found = mvc.get()
                .uri("/n/{slug}/audit?record={id}&purpose=referral", network.slug(), family)
                .with(SecondFactorFixtures.provedAs(officer))
                .exchange();

        assertThat(found).hasStatusOk().bodyText().contains(tag + " referral read", "doel: REFERRAL");
        assertThat(found).bodyText().doesNotContain(tag + " file read", tag + " other family");
        assertThat(body("/n/{slug}/audit?action=AUDIT_SEARCHED", network.slug()))
                .contains(officer.email(), "record=" + family, "purpose=REFERRAL");
    }

    @Test
    void asksEveryReaderForTheSecondFactorFirst() {
        NestwerkUser officer = fixtures.principal(fixtures.member(network, Role.DATA_PROTECTION_OFFICER, null));

        for (NestwerkUser reader : new NestwerkUser[] {coordinatorUser, officer}) {
            var result = mvc.get()
                    .uri("/n/{slug}/audit", network.slug())
                    .with(user(reader))
                    .exchange();
            assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
            assertThat(result.getResponse().getHeader("Location")).startsWith("/account/two-factor");
        }
    }

    /** A family read by the coordinator, as the family module would record it. */
    private void personalData(UUID family, String purpose, String summary) {
        asCoordinator(
                () -> auditLog.personalData(network.id(), AuditAction.FAMILY_READ, "Family", family, purpose, summary));
    }

    /** A change made by the coordinator, as the network module would record it. */
    private void change(NetworkRef target, AuditAction action, String summary, Object before, Object after) {
        asCoordinator(() -> auditLog.change(target.id(), action, "Test", UUID.randomUUID(), summary, before, after));
    }

    private void asCoordinator(Runnable write) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        coordinatorUser, null, coordinatorUser.getAuthorities()));
        try {
            transactions.executeWithoutResult(status -> write.run());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String body(String uri, Object... variables) {
        var result = mvc.get()
                .uri(uri, variables)
                .with(SecondFactorFixtures.provedAs(coordinatorUser))
                .exchange();
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
