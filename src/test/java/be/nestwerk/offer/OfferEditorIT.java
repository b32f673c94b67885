package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.security.NestwerkUser;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

/** The partners' offer editor over HTTP: list, create, edit, submit, history and places left, and who may do it. */
@NestwerkIntegrationTest
class OfferEditorIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    OfferFormMapper mapper;

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
    void aPartnerAdminCreatesAnActivityWithATranslationAPlaceAndAWeeklySessionAsADraft() {
        LocalDate first = LocalDate.now().plusDays(10);
        String place = UUID.randomUUID().toString();
        MvcTestResult result = mvc.post()
                .uri(base)
                .with(user(scene.writer()))
                .with(csrf())
                .param("kind", "ACTIVITY")
                .param("status", "ACTIVE")
                .param("texts[0].language", "nl")
                .param("texts[0].name", "Babbelcafé voor ouders")
                .param("texts[0].summary", "Koffie en een babbel")
                .param("texts[1].language", "fr")
                .param("texts[1].name", "Café papote pour parents")
                .param("pillars", "MEETING_COHESION")
                .param("essentialFunctions", "MEETING_AND_SOCIAL_COHESION")
                .param("taxonomyTerms", "1101")
                .param("ageFrom", "-9")
                .param("ageTo", "36")
                .param("audiences", "PARENTS_AND_CARERS")
                .param("universal", "true")
                .param("languages", "nl", "fr")
                .param("costs[0].kind", "FIXED_PRICE")
                .param("costs[0].amount", "2,50")
                .param("accessModes", "WALK_IN")
                .param("website", "https://www.babbelcafe.example.org")
                .param("places[0].id", place)
                .param("places[0].name", "Ontmoetingsruimte")
                .param("places[0].postcode", "2800")
                .param("places[0].wheelchairAccessible", "true")
                .param("sessions[0].id", UUID.randomUUID().toString())
                .param("sessions[0].place", place)
                .param("sessions[0].date", first.toString())
                .param("sessions[0].starts", "09:30")
                .param("sessions[0].ends", "11:00")
                .param("sessions[0].repeat", "WEEKLY")
                .param("sessions[0].count", "6")
                .param("sessions[0].capacity", "15")
                .param("sessions[0].placesLeft", "15")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsKey("created");
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches(base + "/[0-9a-f-]{36}");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        OfferDetail detail =
                actingAs(scene.writer(), () -> catalogue.detail(scene.network().id(), id));
        assertThat(detail.offer().organisationId()).isEqualTo(scene.organisation());
        assertThat(detail.published()).isNull();
        assertThat(detail.working().state()).isEqualTo(VersionState.DRAFT);
        OfferContent content = detail.working().content();
        assertThat(content.kind()).isEqualTo(OfferKind.ACTIVITY);
        assertThat(content.text("fr").name()).isEqualTo("Café papote pour parents");
        assertThat(content.ages()).isEqualTo(new OfferContent.AgeRange(-9, 36));
        assertThat(content.costs().get(0).amount()).isEqualByComparingTo("2.50");
        assertThat(content.places().get(0).id()).isEqualTo(UUID.fromString(place));
        assertThat(content.places().get(0).nisCode()).isEqualTo("12025");
        SessionSeries session = content.sessions().get(0);
        assertThat(session.placeId()).isEqualTo(UUID.fromString(place));
        assertThat(session.recurrence()).isEqualTo("FREQ=WEEKLY;BYDAY=" + day(first) + ";COUNT=6");

        assertThat(mvc.get().uri(location).with(user(scene.writer())))
                .hasStatusOk()
                .bodyText()
                .contains("Babbelcafé voor ouders", "Ontwerp", "Ter review aanbieden", "Ontmoetingsruimte");
        assertThat(publicRows(id)).isZero();
    }

    @Test
    void editingIsPrefilledWithTheWorkingVersionAndKeepsTheIdsOfPlacesAndSessions() {
        OfferContent activity =
                OfferFixtures.activity("Peuterdans", LocalDate.now().plusDays(3));
        UUID id =
                actingAs(scene.writer(), () -> catalogue.create(scene.network().id(), scene.organisation(), activity));
        Place place = activity.places().get(0);
        SessionSeries session = activity.sessions().get(0);

        assertThat(mvc.get().uri(base + "/" + id + "/edit").with(user(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Peuterdans\"", "value=\"" + place.id() + "\"", "value=\"" + session.id() + "\"")
                // the coordinates the catalogue derived from the postcode are not shown as if they were typed
                .contains("name=\"places[0].latitude\" value=\"\"");

        MvcTestResult saved = mvc.post()
                .uri(base + "/" + id + "/edit")
                .with(user(scene.professional()))
                .with(csrf())
                .params(formOf(activity, "Peuterdans in de turnzaal"))
                .exchange();

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(base + "/" + id);
        OfferDetail detail =
                actingAs(scene.writer(), () -> catalogue.detail(scene.network().id(), id));
        assertThat(detail.working().number()).isOne();
        assertThat(detail.working().content().dutchName()).isEqualTo("Peuterdans in de turnzaal");
        assertThat(detail.working().content().places()).extracting(Place::id).containsExactly(place.id());
        assertThat(detail.working().content().sessions())
                .extracting(SessionSeries::id, SessionSeries::recurrence)
                .containsExactly(tuple(session.id(), session.recurrence()));
    }

    @Test
    void submittingPutsTheDraftInReviewAndTheDetailSaysSo() {
        UUID id = actingAs(
                scene.writer(),
                () -> catalogue.create(
                        scene.network().id(), scene.organisation(), OfferFixtures.service("Opvoedingsspreekuur")));

        assertThat(mvc.post()
                        .uri(base + "/" + id + "/submit")
                        .with(user(scene.writer()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(base + "/" + id);

        assertThat(state(id)).isEqualTo("IN_REVIEW");
        assertThat(mvc.get().uri(base + "/" + id).with(user(scene.writer())))
                .hasStatusOk()
                .bodyText()
                .contains("Ter review", "Deze versie wacht op de review van de coördinator.")
                .doesNotContain("Ter review aanbieden</button>");
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/submit")
                        .with(user(scene.writer()))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Er is geen ontwerp om ter review aan te bieden.");

        actingAs(scene.coordinator(), () -> {
            catalogue.reject(scene.network().id(), id, "Vermeld de openingsuren in de vakantie");
            return null;
        });
        assertThat(mvc.get().uri(base + "/" + id).with(user(scene.writer())))
                .bodyText()
                .contains("Afgewezen", "Vermeld de openingsuren in de vakantie", "Ter review aanbieden</button>");
    }

    @Test
    void aPartnerOfAnotherOrganisationAVolunteerAndAForeignCoordinatorAreRefused() {
        UUID id = actingAs(
                scene.writer(),
                () -> catalogue.create(
                        scene.network().id(), scene.organisation(), OfferFixtures.service("Alleen voor ons")));

        for (String path : List.of(base + "/" + id, base + "/" + id + "/edit", base + "/" + id + "/history")) {
            assertThat(mvc.get().uri(path).with(user(scene.otherWriter()))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(path).with(user(scene.volunteer()))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(path).with(user(scene.foreignCoordinator())))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/edit")
                        .with(user(scene.otherWriter()))
                        .with(csrf())
                        .params(formOf(OfferFixtures.service("Overgenomen"), "Overgenomen")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/submit")
                        .with(user(scene.otherWriter()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(state(id)).isEqualTo("DRAFT");
        assertThat(mvc.get().uri(base).with(user(scene.volunteer()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base + "/new").with(user(scene.volunteer()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri(base + "/new?organisation=" + scene.organisation())
                        .with(user(scene.otherWriter())))
                .hasStatus(HttpStatus.FORBIDDEN);

        Integer before = offersOf(scene.organisation());
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.otherWriter()))
                        .with(csrf())
                        .param("organisation", scene.organisation().toString())
                        .params(formOf(OfferFixtures.service("Ondergeschoven"), "Ondergeschoven")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(offersOf(scene.organisation())).isEqualTo(before);
    }

    @Test
    void theListShowsPartnerStaffTheirOwnOrganisationsOffersAndCoordinatorsEveryOffer() {
        OfferFixtures.published(context, scene, OfferFixtures.service("Eigen spreekuur"));
        actingAs(
                scene.otherWriter(),
                () -> catalogue.create(
                        scene.network().id(), scene.otherOrganisation(), OfferFixtures.service("Ander spreekuur")));

        assertThat(mvc.get().uri(base).with(user(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Eigen spreekuur", "Online zichtbaar")
                .doesNotContain("Ander spreekuur");
        assertThat(mvc.get().uri(base).with(user(scene.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Eigen spreekuur", "Ander spreekuur", "2 in totaal", "1 ontwerp(en)", "1 gepubliceerd");
        assertThat(mvc.get().uri(base + "?state=DRAFT&q=SPREEK").with(user(scene.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Ander spreekuur")
                .doesNotContain("Eigen spreekuur");
        assertThat(mvc.get()
                        .uri(base + "?organisation=" + scene.otherOrganisation())
                        .with(user(scene.coordinator())))
                .bodyText()
                .contains("Ander spreekuur")
                .doesNotContain("Eigen spreekuur");
        assertThat(mvc.get().uri(base + "?state=SOMETHING").with(user(scene.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri(base + "?page=-1").with(user(scene.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anOfferNotReviewedForTwelveMonthsIsMarkedDueForReview() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Oud spreekuur"));
        jdbc.update("update offer set last_reviewed_on = current_date - interval '13 months' where id = ?", id);

        assertThat(mvc.get().uri(base).with(user(scene.writer())))
                .bodyText()
                .contains("Oud spreekuur", "Na te kijken: ouder dan 12 maanden");
        assertThat(mvc.get().uri(base + "/" + id).with(user(scene.writer())))
                .bodyText()
                .contains("Na te kijken: ouder dan 12 maanden", "href=\"/offers/" + id + "\"");
    }

    @Test
    void problemsAreTranslatedShownAtTheirFieldsAndSummarisedWithLinks() {
        MvcTestResult result = mvc.post()
                .uri(base + "?lang=fr")
                .with(user(scene.writer()))
                .with(csrf())
                .param("kind", "ACTIVITY")
                .param("status", "ACTIVE")
                .param("texts[0].language", "nl")
                .param("texts[0].name", "")
                .param("ageFrom", "-20")
                .param("ageTo", "36")
                .param("universal", "true")
                .param("costs[0].kind", "FIXED_PRICE")
                .param("costs[0].amount", "vijf euro")
                .param("places[0].id", UUID.randomUUID().toString())
                .param("places[0].postcode", "28")
                .param("sessions[0].id", UUID.randomUUID().toString())
                .param("sessions[0].date", "31/02/2027")
                .param("sessions[0].starts", "10:00")
                .param("sessions[0].ends", "09:00")
                .param("sessions[0].repeat", "ADVANCED")
                .param("sessions[0].rule", "EVERY OTHER TUESDAY")
                .param("sessions[1].id", UUID.randomUUID().toString())
                .param("sessions[1].date", LocalDate.now().plusDays(5).toString())
                .param("sessions[1].starts", "10:00")
                .param("sessions[1].ends", "09:00")
                .param("sessions[1].repeat", "ADVANCED")
                .param("sessions[1].rule", "EVERY OTHER TUESDAY")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyText()
                .contains(
                        "Il y a un problème",
                        "href=\"#texts-0-name\"",
                        "href=\"#ageFrom\"",
                        "href=\"#costs-0-amount\"",
                        "href=\"#places-0-postcode\"",
                        "href=\"#sessions-0-date\"",
                        "href=\"#sessions-1-rule\"",
                        "href=\"#languages\"",
                        "Tapez une date au format jj/mm/aaaa",
                        "Tapez un montant en euros",
                        "Tapez un nombre entier de",
                        "aria-invalid=\"true\"")
                .doesNotContain("Vul dit veld in");
    }

    @Test
    void rowsAndTranslationsAreAddedAndRemovedBySubmitButtonsKeepingWhatWasTyped() {
        MvcTestResult added = mvc.post()
                .uri(base)
                .with(user(scene.writer()))
                .with(csrf())
                .param("texts[0].language", "nl")
                .param("texts[0].name", "Voorleesuurtje")
                .param("newLanguage", "ar")
                .param("action", "add-translation")
                .exchange();
        assertThat(added)
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Voorleesuurtje\"", "name=\"texts[1].language\" value=\"ar\"", "dir=\"rtl\"");

        MvcTestResult place = mvc.post()
                .uri(base)
                .with(user(scene.writer()))
                .with(csrf())
                .param("texts[0].language", "nl")
                .param("texts[0].name", "Voorleesuurtje")
                .param("texts[1].language", "ar")
                .param("texts[1].name", "ساعة القراءة")
                .param("action", "add-place")
                .exchange();
        assertThat(place)
                .hasStatusOk()
                .bodyText()
                .containsPattern("name=\"places\\[0]\\.id\" value=\"[0-9a-f-]{36}\"")
                .contains("ساعة القراءة");

        MvcTestResult removed = mvc.post()
                .uri(base)
                .with(user(scene.writer()))
                .with(csrf())
                .param("texts[0].language", "nl")
                .param("texts[0].name", "Voorleesuurtje")
                .param("texts[1].language", "ar")
                .param("texts[1].name", "ساعة القراءة")
                .param("action", "remove-translation-1")
                .exchange();
        assertThat(removed).hasStatusOk().bodyText().doesNotContain("ساعة القراءة");
        assertThat(offersNamed("Voorleesuurtje")).isZero();
    }

    @Test
    void theHistoryShowsEveryVersionAndWhatChangedInWords() {
        OfferContent first = OfferFixtures.service("Eerste naam");
        UUID id = OfferFixtures.published(context, scene, first);
        actingAs(scene.writer(), () -> {
            catalogue.saveDraft(scene.network().id(), id, OfferFixtures.service("Tweede naam"));
            return null;
        });

        assertThat(mvc.get().uri(base + "/" + id + "/history").with(user(scene.writer())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Versie 2",
                        "Versie 1",
                        "Gepubliceerd",
                        "Ontwerp",
                        "Wijzigingen tegenover versie 1",
                        "Naam (Nederlands): </strong>",
                        "Eerste naam",
                        "werd",
                        "Tweede naam",
                        "Plaats 1",
                        "De eerste versie.");
    }

    @Test
    void placesLeftAreUpdatedFromZeroToTheCapacityAndAudited() {
        UUID id = OfferFixtures.published(
                context,
                scene,
                OfferFixtures.activity("Zwemmen met baby", LocalDate.now().plusDays(2)));
        UUID session = jdbc.queryForObject(
                "select id from activity_session where offer_id = ? order by starts_at limit 1", UUID.class, id);
        String path = base + "/" + id + "/sessions/" + session + "/places";

        assertThat(mvc.get().uri(base + "/" + id).with(user(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Vrije plaatsen van de komende sessies", "id=\"places-" + session + "\"");
        assertThat(mvc.post()
                        .uri(path)
                        .with(user(scene.professional()))
                        .with(csrf())
                        .param("placesLeft", "3"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(placesLeft(session)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'OFFER_PLACES_UPDATED' and entity_id = ?",
                        Integer.class,
                        id.toString()))
                .isOne();

        for (String wrong : List.of("13", "-1", "veel", "")) {
            assertThat(mvc.post()
                            .uri(path)
                            .with(user(scene.professional()))
                            .with(csrf())
                            .param("placesLeft", wrong))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText()
                    .contains("Typ een aantal vrije plaatsen van 0 tot 12.");
        }
        assertThat(placesLeft(session)).isEqualTo(3);
        assertThat(mvc.post()
                        .uri(path)
                        .with(user(scene.otherWriter()))
                        .with(csrf())
                        .param("placesLeft", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(path)
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("placesLeft", "0"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(placesLeft(session)).isZero();
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID id = OfferFixtures.published(
                context,
                scene,
                OfferFixtures.activity("Bestaat wel", LocalDate.now().plusDays(2)));
        UUID unknown = UUID.randomUUID();
        NestwerkUser writer = scene.writer();

        for (String path : List.of(
                base + "/" + unknown,
                base + "/" + unknown + "/edit",
                base + "/" + unknown + "/history",
                base + "/not-an-id")) {
            assertThat(mvc.get().uri(path).with(user(writer))).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.post()
                        .uri(base + "/" + unknown + "/submit")
                        .with(user(writer))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/sessions/" + unknown + "/places")
                        .with(user(writer))
                        .with(csrf())
                        .param("placesLeft", "1"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/n/" + scene.foreignNetwork().slug() + "/offers/" + id)
                        .with(user(scene.foreignCoordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTamperedFormGetsMessagesNeverAServerError() {
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.writer()))
                        .with(csrf())
                        .param("kind", "EVERYTHING")
                        .param("texts[0].language", "xx")
                        .param("texts[0].name", "Iets")
                        .param("places[500].postcode", "2800")
                        .param("pillars", "NO_SUCH_PILLAR")
                        .param("sessions[0].place", "not-a-place")
                        .param("action", "remove-place-999"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.writer()))
                        .with(csrf())
                        .param("kind", "EVERYTHING")
                        .param("texts[0].language", "xx")
                        .param("texts[0].name", "Iets")
                        .param("places[500].postcode", "2800")
                        .param("pillars", "NO_SUCH_PILLAR")
                        .param("sessions[0].place", "not-a-place"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies een van de mogelijkheden uit de lijst.", "xx&#39; kennen we niet.");
    }

    /** What the editor posts for this content, with another Dutch name. */
    private MultiValueMap<String, String> formOf(OfferContent content, String name) {
        OfferForm form = mapper.toForm(content);
        form.getTexts().get(0).setName(name);
        return OfferEditorParams.of(form);
    }

    private String state(UUID offerId) {
        return jdbc.queryForObject(
                "select v.state from offer o join offer_version v on v.id = o.working_version_id where o.id = ?",
                String.class,
                offerId);
    }

    private Integer offersOf(UUID organisation) {
        return jdbc.queryForObject("select count(*) from offer where organisation_id = ?", Integer.class, organisation);
    }

    private Integer offersNamed(String name) {
        return jdbc.queryForObject(
                "select count(*) from offer_version where content -> 'texts' -> 'nl' ->> 'name' = ?",
                Integer.class,
                name);
    }

    private Integer publicRows(UUID offerId) {
        return jdbc.queryForObject("select count(*) from published_offer where offer_id = ?", Integer.class, offerId);
    }

    private Integer placesLeft(UUID session) {
        return jdbc.queryForObject("select places_left from activity_session where id = ?", Integer.class, session);
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek()
                .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2)
                .toUpperCase();
    }
}
