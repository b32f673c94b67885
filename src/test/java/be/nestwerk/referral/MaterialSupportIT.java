package be.nestwerk.referral;

import static be.nestwerk.referral.QuestionFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.family.FamilyScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class MaterialSupportIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MaterialSupports supports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    Scene scene;
    UUID network;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
        network = scene.network().id();
    }

    @Test
    void registersSupportForAFamilyAndAnonymouslyListedForTheOwnOrganisationOnly() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Mertens"));
        UUID forFamily = register(family, MaterialSupportKind.NAPPY_BANK, null);
        UUID anonymous = register(null, MaterialSupportKind.FOOD, "2800");

        MaterialSupports.Page own = as(scene.partnerAdmin(), () -> supports.list(network, 0, 25));
        MaterialSupports.Page other = as(scene.otherProfessional(), () -> supports.list(network, 0, 25));

        assertThat(own.supports()).extracting(MaterialSupport::id).containsExactlyInAnyOrder(forFamily, anonymous);
        assertThat(own.supports())
                .filteredOn(support -> support.id().equals(anonymous))
                .singleElement()
                .satisfies(support -> assertThat(support.postcode()).isEqualTo("2800"));
        assertThat(other.supports()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'MATERIAL_SUPPORT_REGISTERED' and entity_id"
                                + " in (?, ?)",
                        Long.class,
                        forFamily.toString(),
                        anonymous.toString()))
                .isEqualTo(2);
    }

    @Test
    void refusesAFamilyTheRegistrantMayNotSeeAndImplausibleData() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Willems"));
        NewMaterialSupport foreignFamily = new NewMaterialSupport(
                scene.otherOrganisation(), family, null, MaterialSupportKind.CLOTHES, LocalDate.now(), null);
        NewMaterialSupport future = new NewMaterialSupport(
                scene.organisation(),
                null,
                "28",
                MaterialSupportKind.CLOTHES,
                LocalDate.now().plusDays(2),
                null);

        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> supports.register(network, foreignFamily)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.professional(), () -> supports.register(network, future)))
                .isInstanceOfSatisfying(
                        QuestionProblems.InvalidQuestionException.class,
                        invalid -> assertThat(invalid.problems().fields()).containsExactly("givenOn", "postcode"));
        assertThatThrownBy(() -> as(scene.volunteer(), () -> supports.list(network, 0, 25)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWarmReferralStartsFromTheSupportAndMarksItReferred() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Michiels"));
        UUID support = register(family, MaterialSupportKind.SCHOOL_SUPPLIES, null);
        UUID referral = UUID.randomUUID();

        assertThat(as(scene.professional(), () -> supports.startReferral(network, support)))
                .isEqualTo(family);
        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> supports.startReferral(network, support)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        scene.foreignProfessional(),
                        () -> supports.startReferral(scene.foreignNetwork().id(), support)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.professional(), () -> supports.markReferred(network, support, referral)))
                .isInstanceOf(IllegalTransactionStateException.class);
        as(
                scene.professional(),
                () -> transactions.executeWithoutResult(status -> {
                    supports.markReferred(network, support, referral);
                }));

        assertThat(jdbc.queryForObject("select referral_id from material_support where id = ?", UUID.class, support))
                .isEqualTo(referral);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_id = ? order by id",
                        String.class,
                        support.toString()))
                .containsExactly(
                        "MATERIAL_SUPPORT_REGISTERED",
                        "MATERIAL_SUPPORT_READ",
                        "FAMILY_ACCESS_DENIED",
                        "FAMILY_ACCESS_DENIED",
                        "MATERIAL_SUPPORT_REFERRED");
    }

    @Test
    void rowLevelSecurityHidesAnotherNetworksSupport() {
        UUID support = register(null, MaterialSupportKind.FOOD, "2800");
        FamilyScope scope = context.getBean(FamilyScope.class);

        List<UUID> seenFromForeign = transactions.execute(status -> {
            scope.enter(scene.foreignNetwork().id());
            return jdbc.queryForList("select id from material_support", UUID.class);
        });

        assertThat(seenFromForeign).doesNotContain(support);
    }

    private UUID register(UUID family, MaterialSupportKind kind, String postcode) {
        return as(
                scene.professional(),
                () -> supports.register(
                        network,
                        new NewMaterialSupport(
                                scene.organisation(), family, postcode, kind, LocalDate.now(), "Pakket meegegeven")));
    }
}
