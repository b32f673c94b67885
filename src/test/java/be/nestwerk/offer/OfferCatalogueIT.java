package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.web.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@NestwerkIntegrationTest
class OfferCatalogueIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
    }

    @Test
    void aDraftIsNotPublicUntilACoordinatorPublishesIt() {
        UUID id = actingAs(
                scene.writer(),
                () -> catalogue.create(scene.network().id(), scene.organisation(), OfferFixtures.service("Spreekuur")));
        assertThat(publicRows(id)).isZero();
        run(scene.professional(), () -> catalogue.submit(scene.network().id(), id));
        assertThat(publicRows(id)).isZero();
        run(scene.coordinator(), () -> catalogue.publish(scene.network().id(), id));
        assertThat(publicRows(id)).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from published_location where offer_id = ? and nis_code = '12025'",
                        Integer.class,
                        id))
                .isOne();
    }

    @Test
    void thePublishedVersionStaysVisibleWhileTheNextIsReviewedAndRejected() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Eerste naam"));
        run(scene.writer(), () -> catalogue.saveDraft(scene.network().id(), id, OfferFixtures.service("Tweede naam")));
        run(scene.writer(), () -> catalogue.submit(scene.network().id(), id));
        assertThat(publicName(id)).isEqualTo("Eerste naam");
        run(scene.coordinator(), () -> catalogue.reject(scene.network().id(), id, "Naam is niet duidelijk"));
        assertThat(publicName(id)).isEqualTo("Eerste naam");
        OfferDetail detail =
                actingAs(scene.writer(), () -> catalogue.detail(scene.network().id(), id));
        assertThat(detail.working().state()).isEqualTo(VersionState.REJECTED);
        assertThat(detail.working().rejectionReason()).isEqualTo("Naam is niet duidelijk");
        run(scene.writer(), () -> catalogue.submit(scene.network().id(), id));
        run(scene.coordinator(), () -> catalogue.publish(scene.network().id(), id));
        assertThat(publicName(id)).isEqualTo("Tweede naam");
        List<OfferVersion> history =
                actingAs(scene.writer(), () -> catalogue.history(scene.network().id(), id));
        assertThat(history)
                .extracting(OfferVersion::state)
                .containsExactly(VersionState.PUBLISHED, VersionState.SUPERSEDED);
    }

    @Test
    void onlyTheOwningOrganisationsStaffAndCoordinatorsWriteAnOffer() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Van de eerste partner"));
        for (var outsider : List.of(scene.otherWriter(), scene.volunteer(), scene.foreignCoordinator())) {
            assertThatThrownBy(() -> run(
                            outsider,
                            () -> catalogue.saveDraft(scene.network().id(), id, OfferFixtures.service("Gekaapt"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> run(
                        scene.writer(), () -> catalogue.publish(scene.network().id(), id)))
                .isInstanceOf(AccessDeniedException.class);
        run(scene.coordinator(), () -> catalogue.saveDraft(scene.network().id(), id, OfferFixtures.service("Beter")));
        assertThat(publicName(id)).isEqualTo("Van de eerste partner");
    }

    @Test
    void rejectsInvalidContentWithEveryProblemNamed() {
        OfferContent nameless = OfferFixtures.service(" ");
        assertThatThrownBy(() -> actingAs(
                        scene.writer(), () -> catalogue.create(scene.network().id(), scene.organisation(), nameless)))
                .isInstanceOf(InvalidOfferException.class)
                .extracting(e -> ((InvalidOfferException) e).problems())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("messageKey")
                .contains("offer.problem.name.required");
    }

    @Test
    void expandsWeeklySessionsAndKeepsPlacesLeftAcrossAPublication() {
        OfferContent activity =
                OfferFixtures.activity("Babymassage", LocalDate.now().plusDays(1));
        UUID id = OfferFixtures.published(context, scene, activity);
        assertThat(jdbc.queryForObject("select count(*) from activity_session where offer_id = ?", Integer.class, id))
                .isEqualTo(10);
        jdbc.update("update activity_session set places_left = 0 where offer_id = ?", id);
        run(scene.writer(), () -> catalogue.saveDraft(scene.network().id(), id, activity));
        run(scene.writer(), () -> catalogue.submit(scene.network().id(), id));
        run(scene.coordinator(), () -> catalogue.publish(scene.network().id(), id));
        assertThat(jdbc.queryForList(
                        "select distinct places_left from activity_session where offer_id = ?", Integer.class, id))
                .containsExactly(0);
    }

    @Test
    void publishingTwiceIsRefusedWithAReason() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Al gepubliceerd"));
        assertThatThrownBy(() -> run(
                        scene.coordinator(),
                        () -> catalogue.publish(scene.network().id(), id)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("offer.error.notInReview");
    }

    private int publicRows(UUID id) {
        return jdbc.queryForObject("select count(*) from published_offer where offer_id = ?", Integer.class, id);
    }

    private String publicName(UUID id) {
        return jdbc.queryForObject("select name from published_offer where offer_id = ?", String.class, id);
    }

    private static void run(be.nestwerk.platform.security.NestwerkUser user, Runnable action) {
        actingAs(user, () -> {
            action.run();
            return null;
        });
    }
}
