package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.io.UnsupportedEncodingException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The agency's counts per network against real rows: right per status, small numbers suppressed, no family named,
 * refused to anyone but the agency, and the visit logged.
 */
@NestwerkIntegrationTest
class AgencyCountsIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    PlatformFixtures fixtures;
    NetworkRef network;
    UUID organisation;
    UUID otherOrganisation;
    AccountView coordinator;
    String familyName;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        organisation = fixtures.organisation(network, "Telorganisatie");
        otherOrganisation = fixtures.organisation(network, "Andere telorganisatie");
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
        familyName = PlatformFixtures.unique("Telgezin");
    }

    @Test
    void countsPerNetworkAndShowsOneToFourAsFewerThanFive() {
        UUID[] families = new UUID[7];
        for (int i = 0; i < families.length; i++) {
            families[i] = family(false);
        }
        family(true);
        family(true);
        for (int i = 0; i < 6; i++) {
            consent(families[i], LocalDate.now().plusDays(30), false);
        }
        consent(families[6], LocalDate.now().plusDays(30), true);
        consent(families[6], LocalDate.now().minusDays(1), false);
        for (int i = 0; i < 5; i++) {
            referral(families[i], "SENT");
        }
        referral(families[5], "ACCEPTED");
        referral(families[6], "ACCEPTED");
        for (int i = 0; i < 3; i++) {
            question(families[i]);
        }

        String article = article(page());

        assertThat(count(article, "Geregistreerde gezinnen")).isEqualTo("7");
        assertThat(count(article, "Geanonimiseerde gezinnen")).isEqualTo("minder dan 5");
        assertThat(count(article, "Toestemmingen die gelden")).isEqualTo("6");
        assertThat(count(article, "Verstuurd")).isEqualTo("5");
        assertThat(count(article, "Aanvaard")).isEqualTo("minder dan 5");
        assertThat(count(article, "Geweigerd")).isEqualTo("0");
        assertThat(count(article, "Ingetrokken")).isEqualTo("0");
        assertThat(count(article, "Open")).isEqualTo("minder dan 5");
        assertThat(count(article, "Beantwoord")).isEqualTo("0");
        assertThat(count(article, "Gezinsplannen")).isEqualTo("0");
    }

    @Test
    void namesNoFamilyNorItsId() {
        UUID family = family(false);

        String html = page();

        assertThat(html).contains(network.name()).doesNotContain(familyName, family.toString());
    }

    @Test
    void logsThatTheAgencyLookedAtTheCounts() {
        NestwerkUser admin = NetworkFixtures.agencyAdmin(context);

        assertThat(mvc.get().uri("/agency/families").with(user(admin))).hasStatusOk();

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor_id = ? and action = 'AGENCY_FAMILY_COUNTS_VIEWED'"
                                + " and network_id is null",
                        Long.class,
                        admin.id()))
                .isEqualTo(1L);
    }

    @Test
    void refusesEveryoneButTheAgency() {
        NestwerkUser officer = fixtures.principal(fixtures.member(network, Role.DATA_PROTECTION_OFFICER, null));
        NestwerkUser professional = fixtures.principal(fixtures.member(network, Role.PROFESSIONAL, organisation));

        assertThat(mvc.get().uri("/agency/families").with(user(fixtures.principal(coordinator))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/agency/families").with(user(officer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/agency/families").with(user(professional))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/agency/families")).hasStatus(HttpStatus.FOUND);
    }

    /** The page of the counts that holds the prepared network (networks are paged by name). */
    private String page() {
        long before = jdbc.queryForObject(
                "select count(*) from network where name < (select name from network where id = ?)",
                Long.class,
                network.id());
        var result = mvc.get()
                .uri("/agency/families?page={page}", before / AgencyFamilyCountsController.PAGE_SIZE)
                .with(user(NetworkFixtures.agencyAdmin(context)))
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String article(String html) {
        int start = html.indexOf("id=\"network-" + network.id() + "\"");
        assertThat(start).as("the prepared network is on the page").isPositive();
        return html.substring(start, html.indexOf("</article>", start));
    }

    /** The count shown to a screen reader next to the label, tags and hidden short form left out. */
    private static String count(String article, String label) {
        Matcher matcher = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt>\\s*<dd>(.*?)</dd>", Pattern.DOTALL)
                .matcher(article);
        assertThat(matcher.find()).as("a count for %s", label).isTrue();
        return matcher.group(1)
                .replaceAll("<span aria-hidden=\"true\">.*?</span>", "")
                .replaceAll("<[^>]+>", "")
                .strip();
    }

    private UUID family(boolean anonymised) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into family (id, network_id, registered_by_organisation, registered_by, name, legal_basis,"
                        + " created_at, updated_at, last_contact_at, anonymised_at) values (?, ?, ?, ?, ?, 'CONSENT',"
                        + " now(), now(), now(), case when ? then now() end)",
                id,
                network.id(),
                organisation,
                coordinator.id(),
                familyName,
                anonymised);
        jdbc.update(
                "insert into family_member (id, family_id, network_id, name, relation) values (?, ?, ?, ?, 'PARENT')",
                UUID.randomUUID(),
                id,
                network.id(),
                familyName + " ouder");
        return id;
    }

    private void consent(UUID family, LocalDate validUntil, boolean revoked) {
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, family);
        jdbc.update(
                "insert into consent (id, family_id, network_id, given_by, organisation_id, purpose, form, recorded_by,"
                        + " recorded_by_organisation, recorded_at, valid_until, revoked_at, revoked_via) values"
                        + " (?, ?, ?, ?, ?, 'REFERRAL', 'VERBAL', ?, ?, now(), ?, case when ? then now() end,"
                        + " case when ? then 'PROFESSIONAL' end)",
                UUID.randomUUID(),
                family,
                network.id(),
                member,
                otherOrganisation,
                coordinator.id(),
                organisation,
                Date.valueOf(validUntil),
                revoked,
                revoked);
    }

    private void referral(UUID family, String status) {
        jdbc.update(
                "insert into referral (id, network_id, family_id, request_id, from_organisation, sent_by,"
                        + " to_organisation, reason, family_wishes, status, status_since, created_at) values"
                        + " (?, ?, ?, ?, ?, ?, ?, 'Telreden', 'Telwens', ?, now(), now())",
                UUID.randomUUID(),
                network.id(),
                family,
                UUID.randomUUID(),
                organisation,
                coordinator.id(),
                otherOrganisation,
                status);
    }

    private void question(UUID family) {
        jdbc.update(
                "insert into question (id, network_id, family_id, text, themes, channel, registered_by,"
                        + " registered_by_organisation, owner_organisation, status, registered_at, updated_at)"
                        + " values (?, ?, ?, 'Telvraag', '{PARENTING}', 'PHONE', ?, ?, ?, 'OPEN', now(), now())",
                UUID.randomUUID(),
                network.id(),
                family,
                coordinator.id(),
                organisation,
                organisation);
    }
}
