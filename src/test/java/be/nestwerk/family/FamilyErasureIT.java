package be.nestwerk.family;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import java.time.LocalDate;
import java.util.Map;
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
class FamilyErasureIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    FamilyErasure erasure;

    @Autowired
    FamilyRetention retention;

    @Autowired
    FamilyRegistry registry;

    @Autowired
    Consents consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
    }

    @Test
    void erasureAnonymisesTheFamilyButKeepsWhatIsCounted() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Smets"));
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, id);
        actingAs(
                scene.professional(),
                () -> consents.record(
                        scene.network().id(),
                        id,
                        new NewConsent(
                                member,
                                null,
                                ConsentPurpose.REFERRAL,
                                ConsentForm.VERBAL,
                                scene.organisation(),
                                LocalDate.now().plusMonths(2))));

        actingAs(scene.partnerAdmin(), () -> {
            erasure.erase(scene.network().id(), id);
            return null;
        });

        Map<String, Object> row = jdbc.queryForMap(
                "select name, contact_route, postcode, nis_code, anonymised_at from family where id = ?", id);
        assertThat(row.get("name")).isEqualTo("—");
        assertThat(row.get("contact_route")).isNull();
        assertThat(row.get("nis_code")).as("the municipality still counts").isEqualTo("12025");
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select name from family_member where id = ?", String.class, member))
                .isEqualTo("—");
        Map<String, Object> child =
                jdbc.queryForMap("select first_name, birth_date from child where family_id = ?", id);
        assertThat(child.get("first_name")).isNull();
        assertThat(((java.sql.Date) child.get("birth_date")).toLocalDate().getDayOfMonth())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from consent where family_id = ? and revoked_at is null", Long.class, id))
                .isZero();
        assertThatThrownBy(() -> actingAs(
                        scene.professional(),
                        () -> registry.file(scene.network().id(), id, "TEST")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ERASED' and entity_id = ?",
                        Long.class,
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheRegisteringOrganisationErasesAndThePageAsksForConfirmation() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Hermans"));
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, id);
        actingAs(
                scene.professional(),
                () -> consents.record(
                        scene.network().id(),
                        id,
                        new NewConsent(
                                member,
                                scene.otherOrganisation(),
                                ConsentPurpose.REFERRAL,
                                ConsentForm.VERBAL,
                                scene.organisation(),
                                LocalDate.now().plusMonths(2))));
        assertThatThrownBy(() -> actingAs(scene.otherProfessional(), () -> {
                    erasure.erase(scene.network().id(), id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        String erase = "/n/" + scene.network().slug() + "/families/" + id + "/erase";
        assertThat(mvc.post().uri(erase).with(provedAs(scene.professional())).with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Bevestig eerst dat het gezin dit vroeg.");
        assertThat(jdbc.queryForObject("select anonymised_at is null from family where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(mvc.post()
                        .uri(erase)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("confirm", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select anonymised_at is null from family where id = ?", Boolean.class, id))
                .isFalse();
    }

    @Test
    void retentionAnonymisesFamiliesWithoutContactForTwoYears() {
        UUID old = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Oud"));
        UUID recent = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Recent"));
        jdbc.update("update family set last_contact_at = now() - interval '2 years 1 day' where id = ?", old);
        jdbc.update("update family set last_contact_at = now() - interval '23 months' where id = ?", recent);

        assertThat(retention.anonymiseExpired()).isPositive();

        assertThat(jdbc.queryForObject("select name from family where id = ?", String.class, old))
                .isEqualTo("—");
        assertThat(jdbc.queryForObject("select name from family where id = ?", String.class, recent))
                .isEqualTo("Familie Recent");
    }
}
