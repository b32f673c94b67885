package be.nestwerk.family;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class ConsentLinkIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsentLinks links;

    @Autowired
    Consents consents;

    @Autowired
    FamilyRegistry registry;

    Scene scene;
    UUID family;
    UUID consent;

    @BeforeEach
    void familyWithAConsent() {
        scene = FamilyFixtures.scene(context);
        family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Willems"));
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, family);
        consent = actingAs(
                scene.professional(),
                () -> consents.record(
                        scene.network().id(),
                        family,
                        new NewConsent(
                                member,
                                scene.otherOrganisation(),
                                ConsentPurpose.REFERRAL,
                                ConsentForm.DIGITAL,
                                scene.organisation(),
                                LocalDate.now().plusMonths(6))));
    }

    @Test
    void theFamilyRevokesItsConsentThroughItsLinkAndThePartnerLosesAccessAtOnce() {
        String token =
                actingAs(scene.professional(), () -> links.issue(scene.network().id(), family));
        assertThat(actingAs(
                        scene.otherProfessional(),
                        () -> registry.file(scene.network().id(), family, "TEST")))
                .isNotNull();

        assertThat(mvc.get().uri("/consent/" + token))
                .hasStatusOk()
                .bodyText()
                .contains("Uw toestemmingen", "doorverwijzing")
                .doesNotContain("Familie Willems");
        assertThat(mvc.post().uri("/consent/" + token + "/revoke").with(csrf()).param("consent", consent.toString()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(jdbc.queryForObject("select revoked_via from consent where id = ?", String.class, consent))
                .isEqualTo("PERSONAL_LINK");
        assertThatThrownBy(() -> actingAs(
                        scene.otherProfessional(),
                        () -> registry.file(scene.network().id(), family, "TEST")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.get().uri("/consent/" + token))
                .hasStatusOk()
                .bodyText()
                .contains("geen toestemming gegeven die nog geldt");
    }

    @Test
    void aLinkOpensOnlyItsOwnFamilyAndANewLinkReplacesTheOldOne() {
        String first =
                actingAs(scene.professional(), () -> links.issue(scene.network().id(), family));
        UUID otherFamily = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Mertens"));
        String other =
                actingAs(scene.professional(), () -> links.issue(scene.network().id(), otherFamily));

        assertThat(mvc.post().uri("/consent/" + other + "/revoke").with(csrf()).param("consent", consent.toString()))
                .as("another family's link cannot revoke this family's consent")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select revoked_at is null from consent where id = ?", Boolean.class, consent))
                .isTrue();

        String second =
                actingAs(scene.professional(), () -> links.issue(scene.network().id(), family));
        assertThat(mvc.get().uri("/consent/" + first)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/consent/" + second)).hasStatusOk();
        assertThat(mvc.get().uri("/consent/not-a-link")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "select count(*) from consent_link where token_hash = ? or token_hash = ?",
                        Long.class,
                        first,
                        second))
                .as("only hashes are kept")
                .isZero();
    }

    @Test
    void onlyThoseWhoMaySeeTheFamilyMakeItsLink() {
        assertThat(actingAs(
                        scene.otherProfessional(),
                        () -> links.issue(scene.network().id(), family)))
                .as("a partner the family opened itself to")
                .hasSize(43);
        assertThatThrownBy(() -> actingAs(
                        scene.volunteer(), () -> links.issue(scene.network().id(), family)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(
                        scene.foreignProfessional(),
                        () -> links.issue(scene.foreignNetwork().id(), family)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
