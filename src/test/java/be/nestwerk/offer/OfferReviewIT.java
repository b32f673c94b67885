package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.security.NestwerkUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class OfferReviewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;
    String base;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
        base = "/n/" + scene.network().slug() + "/offers";
    }

    @Test
    void theQueueListsOffersInReviewOldestSubmissionFirstWithOrganisationAndSubmitter() {
        UUID later = submitted(OfferFixtures.service("Later aangeboden"), scene.writer());
        UUID earlier = submitted(OfferFixtures.service("Eerst aangeboden"), scene.professional());
        jdbc.update(
                "update offer_version set submitted_at = now() - interval '2 days' where id ="
                        + " (select working_version_id from offer where id = ?)",
                earlier);
        UUID draft = actingAs(
                scene.writer(),
                () -> catalogue.create(
                        scene.network().id(), scene.organisation(), OfferFixtures.service("Nog ontwerp")));

        String page = assertThat(get(base + "/review", scene.coordinator()))
                .hasStatusOk()
                .bodyText()
                .actual();

        assertThat(page)
                .contains(
                        organisationName(scene.organisation()),
                        scene.professional().displayName())
                .contains(base + "/" + earlier + "/review", base + "/" + later + "/review")
                .doesNotContain("Nog ontwerp", draft.toString());
        assertThat(page.indexOf("Eerst aangeboden")).isLessThan(page.indexOf("Later aangeboden"));
        assertThat(page).contains("Wacht op review (2)");
    }

    @Test
    void theReviewPageShowsTheCandidateInFullAndWhatChangedSinceThePublishedVersion() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Eerste naam"));
        run(scene.writer(), () -> catalogue.saveDraft(scene.network().id(), id, OfferFixtures.service("Tweede naam")));
        run(scene.writer(), () -> catalogue.submit(scene.network().id(), id));

        assertThat(get(base + "/" + id + "/review", scene.coordinator()))
                .hasStatusOk()
                .bodyText()
                .contains("Wat is er veranderd", "Naam (Nederlands)", "Nu gepubliceerd", "Eerste naam", "Tweede naam")
                .contains("De nieuwe versie volledig", "Opvoedingsondersteuning", "Binnenlopen zonder afspraak")
                .contains("Testplek, Grote Markt 1, 2800 Mechelen (rolstoeltoegankelijk)")
                .contains(base + "/" + id + "/publish", base + "/" + id + "/reject", "Reden van afwijzing");
        assertThat(get(base + "/" + id + "/review?lang=en", scene.coordinator()))
                .bodyText()
                .contains("What changed", "Name (Nederlands)", "Parenting support");
    }

    @Test
    void publishingMakesTheCandidatePublicAndReturnsToTheQueueWithAConfirmation() {
        UUID id = submitted(OfferFixtures.service("Spreekuur voor ouders"), scene.writer());

        MvcTestResult published = post(base + "/" + id + "/publish", scene.coordinator());

        assertThat(published).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(base + "/review");
        assertThat((java.util.Map<String, Object>) published.getMvcResult().getFlashMap())
                .containsEntry("reviewNotice", "offer.review.published")
                .containsEntry("reviewNoticeName", "Spreekuur voor ouders");
        assertThat(jdbc.queryForObject("select name from published_offer where offer_id = ?", String.class, id))
                .isEqualTo("Spreekuur voor ouders");
        assertThat(get(base + "/review", scene.coordinator())).bodyText().doesNotContain(id + "/review");
    }

    @Test
    void rejectingNeedsAReasonWhichThePartnerThenReads() {
        UUID id = submitted(OfferFixtures.service("Onduidelijk aanbod"), scene.writer());

        assertThat(mvc.post()
                        .uri(base + "/" + id + "/reject")
                        .with(csrf())
                        .with(user(scene.coordinator()))
                        .param("reason", "   "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een reden waarom het aanbod afgewezen wordt.", "aria-invalid=\"true\"");
        assertThat(workingState(id)).isEqualTo("IN_REVIEW");

        assertThat(mvc.post()
                        .uri(base + "/" + id + "/reject")
                        .with(csrf())
                        .with(user(scene.coordinator()))
                        .param("reason", "Vermeld de openingsuren in de vakantie."))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(base + "/review");
        OfferDetail detail =
                actingAs(scene.writer(), () -> catalogue.detail(scene.network().id(), id));
        assertThat(detail.working().state()).isEqualTo(VersionState.REJECTED);
        assertThat(detail.working().rejectionReason()).isEqualTo("Vermeld de openingsuren in de vakantie.");
        assertThat(jdbc.queryForObject("select count(*) from published_offer where offer_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void onlyTheNetworksCoordinatorsReviewAndRefusalsAreAudited() {
        UUID id = submitted(OfferFixtures.service("Niet voor jou"), scene.writer());
        for (NestwerkUser outsider :
                List.of(scene.writer(), scene.professional(), scene.volunteer(), scene.foreignCoordinator())) {
            assertThat(get(base + "/review", outsider)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(get(base + "/" + id + "/review", outsider)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(post(base + "/" + id + "/publish", outsider)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(base + "/" + id + "/reject")
                            .with(csrf())
                            .with(user(outsider))
                            .param("reason", "Zomaar"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(workingState(id)).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_id = ?",
                        Integer.class,
                        scene.writer().id()))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void anOfferThatIsNotInReviewGetsAClearMessageAndAnUnknownOneIsNotFound() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Al gepubliceerd"));

        assertThat(get(base + "/" + id + "/review", scene.coordinator()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Dit aanbod wacht niet op review.", "Al gepubliceerd")
                .doesNotContain(base + "/" + id + "/publish");
        assertThat(post(base + "/" + id + "/publish", scene.coordinator()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Dit aanbod wacht niet op review.");
        assertThat(get(base + "/" + UUID.randomUUID() + "/review", scene.coordinator()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(base + "/not-an-id/review", scene.coordinator())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOwnersStaffOrACoordinatorConfirmThatAnOfferNotReviewedForAYearIsStillCorrect() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Al lang niet nagekeken"));
        LocalDate longAgo = today().minusMonths(13);
        jdbc.update(
                "update offer set last_reviewed_on = ?, review_reminder_sent_on = ? where id = ?",
                longAgo,
                today().minusDays(3),
                id);

        assertThat(get(base + "/review", scene.coordinator()))
                .bodyText()
                .contains("Twaalf maanden niet nagekeken (1)", "Al lang niet nagekeken", "Nakijken nodig")
                .contains(organisationName(scene.organisation()), base + "/" + id + "/confirm");

        assertThat(post(base + "/" + id + "/confirm", scene.otherWriter())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(base + "/" + id + "/confirm", scene.volunteer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select last_reviewed_on from offer where id = ?", LocalDate.class, id))
                .isEqualTo(longAgo);

        assertThat(post(base + "/" + id + "/confirm", scene.professional()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(base + "/" + id);
        assertThat(jdbc.queryForMap("select last_reviewed_on, review_reminder_sent_on from offer where id = ?", id))
                .containsEntry("last_reviewed_on", java.sql.Date.valueOf(today()))
                .containsEntry("review_reminder_sent_on", null);
        assertThat(get(base + "/review", scene.coordinator()))
                .bodyText()
                .contains("Al het gepubliceerde aanbod werd het voorbije jaar nagekeken.");

        jdbc.update("update offer set last_reviewed_on = ? where id = ?", longAgo, id);
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/confirm")
                        .with(csrf())
                        .with(user(scene.coordinator()))
                        .param("from", "queue"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(base + "/review");
    }

    private UUID submitted(OfferContent content, NestwerkUser writer) {
        return actingAs(writer, () -> {
            UUID id = catalogue.create(scene.network().id(), scene.organisation(), content);
            catalogue.submit(scene.network().id(), id);
            return id;
        });
    }

    private MvcTestResult get(String path, NestwerkUser as) {
        return mvc.get().uri(path).with(user(as)).exchange();
    }

    private MvcTestResult post(String path, NestwerkUser as) {
        return mvc.post().uri(path).with(csrf()).with(user(as)).exchange();
    }

    private String workingState(UUID offerId) {
        return jdbc.queryForObject(
                "select v.state from offer o join offer_version v on v.id = o.working_version_id where o.id = ?",
                String.class,
                offerId);
    }

    private String organisationName(UUID organisationId) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationId);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private static void run(NestwerkUser user, Runnable action) {
        actingAs(user, () -> {
            action.run();
            return null;
        });
    }
}
