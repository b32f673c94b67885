package be.nestwerk.family;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.security.NestwerkUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class FamilyRegistryIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    FamilyRegistry registry;

    @Autowired
    Consents consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
    }

    @Test
    void registersAFamilyWithItsPlaceLegalBasisAndRegisteringOrganisation() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Peeters"));

        Family family =
                as(scene.professional(), () -> registry.file(scene.network().id(), id, "TEST"));

        assertThat(family.name()).isEqualTo("Peeters");
        assertThat(family.nisCode()).isEqualTo("12025");
        assertThat(family.registeredByOrganisation()).isEqualTo(scene.organisation());
        assertThat(family.legalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(family.homeLanguages()).containsExactly("nl", "ar");
        assertThat(family.members()).extracting(FamilyMember::name).containsExactly("Mama Peeters");
        assertThat(family.children())
                .singleElement()
                .satisfies(child -> assertThat(child.firstName()).isEqualTo("Lina"));
    }

    @Test
    void everyReadAndWriteOfAFamilyIsAuditedWithItsPurpose() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Janssens"));
        as(scene.partnerAdmin(), () -> registry.file(scene.network().id(), id, "FAMILY_FILE"));
        as(scene.partnerAdmin(), () -> registry.file(scene.network().id(), id, "FAMILY_FILE"));

        List<Map<String, Object>> log = jdbc.queryForList(
                "select action, actor_id, purpose from audit_event where entity_type = 'Family' and entity_id = ?"
                        + " order by id",
                id.toString());

        assertThat(log)
                .extracting(row -> row.get("action"))
                .containsExactly("FAMILY_REGISTERED", "FAMILY_READ", "FAMILY_READ");
        assertThat(log.get(1).get("actor_id")).isEqualTo(scene.partnerAdmin().id());
        assertThat(log.get(2).get("purpose")).isEqualTo("FAMILY_FILE");
    }

    @Test
    void anotherPartnerSeesTheFamilyOnlyWhileItsConsentIsInForce() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Maes"));
        UUID network = scene.network().id();
        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> registry.file(network, id, "REFERRAL")))
                .isInstanceOf(AccessDeniedException.class);

        Family family = as(scene.professional(), () -> registry.file(network, id, "TEST"));
        UUID consent = as(
                scene.professional(), () -> consents.record(network, id, consentTo(family, scene.otherOrganisation())));
        assertThat(as(scene.otherProfessional(), () -> registry.file(network, id, "REFERRAL"))
                        .id())
                .isEqualTo(id);
        as(scene.professional(), () -> {
            consents.revoke(network, id, consent);
            return null;
        });

        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> registry.file(network, id, "REFERRAL")))
                .as("revoking takes effect at once")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and entity_id = ?"
                                + " and actor_id = ?",
                        Long.class,
                        id.toString(),
                        scene.otherProfessional().id()))
                .isEqualTo(2);
    }

    @Test
    void volunteersCoordinatorsWithoutOrganisationAndOtherNetworksAreRefusedAndAudited() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Claes"));
        UUID network = scene.network().id();

        assertThatThrownBy(() -> as(scene.volunteer(), () -> registry.file(network, id, "TEST")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.coordinator(), () -> registry.file(network, id, "TEST")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        scene.foreignProfessional(),
                        () -> registry.file(scene.foreignNetwork().id(), id, "TEST")))
                .as("an id of another network's family, asked in one's own network")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and actor_id = ?",
                        Long.class,
                        scene.foreignProfessional().id()))
                .isEqualTo(1);
    }

    @Test
    void rowLevelSecurityHidesAndRefusesOtherNetworksRowsEvenToSqlThatForgetsTheNetwork() {
        UUID own = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Wouters"));
        FamilyScope scope = context.getBean(FamilyScope.class);

        List<UUID> seenFromForeign = transactions.execute(status -> {
            scope.enter(scene.foreignNetwork().id());
            return jdbc.queryForList("select id from family", UUID.class);
        });
        Long seenFromOwn = transactions.execute(status -> {
            scope.enter(scene.network().id());
            return jdbc.queryForObject("select count(*) from family where id = ?", Long.class, own);
        });

        assertThat(seenFromForeign).doesNotContain(own);
        assertThat(seenFromOwn).isEqualTo(1);
        assertThatThrownBy(() -> transactions.execute(status -> {
                    scope.enter(scene.foreignNetwork().id());
                    return jdbc.update(
                            "insert into family (id, network_id, registered_by_organisation, registered_by, name,"
                                    + " legal_basis, created_at, updated_at, last_contact_at) values"
                                    + " (?, ?, ?, ?, 'Smuggled', 'CONSENT', now(), now(), now())",
                            UUID.randomUUID(),
                            scene.network().id(),
                            scene.organisation(),
                            scene.professional().id());
                }))
                .as("a row for another network than the transaction's")
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
        Long stillOne = transactions.execute(status -> {
            scope.enter(scene.network().id());
            return jdbc.queryForObject(
                    "select count(*) from family where network_id = ?",
                    Long.class,
                    scene.network().id());
        });
        assertThat(stillOne).as("the smuggled row was not written").isEqualTo(1);
    }

    @Test
    void refusesImplausibleDataWithEveryProblem() {
        NewFamily wrong = new NewFamily(
                " ",
                false,
                null,
                "9999",
                List.of("dutch"),
                false,
                LegalBasis.PUBLIC_TASK,
                List.of(),
                List.of(new NewFamily.NewChild(null, LocalDate.now().plusYears(1), false)));

        assertThatThrownBy(() -> FamilyFixtures.registered(context, scene, wrong))
                .isInstanceOfSatisfying(
                        InvalidFamilyException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FamilyProblem::field)
                                .containsExactlyInAnyOrder(
                                        "name", "homeLanguages", "members", "children[0].birthDate", "postcode"));
    }

    @Test
    void showsPossibleDuplicatesOnlyToThoseWhoMaySeeThem() {
        FamilyFixtures.registered(context, scene, FamilyFixtures.family("Dubois"));
        NewFamily again = FamilyFixtures.family("dubois");

        FamilyRegistry.Duplicates mine = as(
                scene.professional(),
                () -> registry.possibleDuplicates(scene.network().id(), again));
        FamilyRegistry.Duplicates theirs = as(
                scene.otherProfessional(),
                () -> registry.possibleDuplicates(scene.network().id(), again));

        assertThat(mine.visible())
                .extracting(FamilyRegistry.PossibleDuplicate::name)
                .contains("Dubois");
        assertThat(theirs.visible())
                .extracting(FamilyRegistry.PossibleDuplicate::name)
                .doesNotContain("Dubois");
        assertThat(theirs.elsewhere()).isPositive();
    }

    @Test
    void aShareNeedsAConsentForThatPartnerAndPurpose() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Lambert"));
        UUID network = scene.network().id();
        Family family = as(scene.professional(), () -> registry.file(network, id, "TEST"));
        as(scene.professional(), () -> consents.record(network, id, consentTo(family, scene.otherOrganisation())));

        consents.require(network, id, scene.otherOrganisation(), ConsentPurpose.REFERRAL);
        assertThatThrownBy(() -> consents.require(network, id, scene.otherOrganisation(), ConsentPurpose.FAMILY_PLAN))
                .isInstanceOf(ConsentMissingException.class);
        assertThatThrownBy(() -> consents.require(
                        scene.foreignNetwork().id(), id, scene.otherOrganisation(), ConsentPurpose.REFERRAL))
                .as("another network's scope does not see the consent")
                .isInstanceOf(ConsentMissingException.class);
    }

    private NewConsent consentTo(Family family, UUID organisation) {
        return new NewConsent(
                family.members().get(0).id(),
                organisation,
                ConsentPurpose.REFERRAL,
                ConsentForm.VERBAL,
                scene.organisation(),
                LocalDate.now().plusMonths(6));
    }

    private static <T> T as(NestwerkUser user, java.util.function.Supplier<T> action) {
        return actingAs(user, action);
    }
}
