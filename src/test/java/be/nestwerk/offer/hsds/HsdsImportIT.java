package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.offer.OfferCatalogue;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferDetail;
import be.nestwerk.offer.OfferFixtures;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.offer.OfferKind;
import be.nestwerk.offer.VersionState;
import be.nestwerk.offer.hsds.HsdsImportReport.Entry;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsImportReport.Outcome;
import be.nestwerk.platform.security.NestwerkUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The HSDS import: upload, mapping to a partner organisation, drafts with a report, on the official examples too. */
@NestwerkIntegrationTest
class HsdsImportIT {

    static final Path EXAMPLES = Path.of("../shared/hsds-3.0/examples");
    static final String EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    OfferCatalogue catalogue;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
    }

    @Test
    void theOfficialServiceExamplesImportAsDraftsWithTheirUkPlaceSkippedAndTheOfferReachableByPhone() throws Exception {
        for (String example : List.of(
                "service_full.json",
                "organization_full.json",
                "service_list.json",
                "service_at_location_full.json",
                "service_at_location_list.json")) {
            Scene fresh = OfferFixtures.scene(context);
            HsdsImportReport report = importFile(fresh, example, "en", fresh.organisation());
            assertThat(report.entries()).as(example).hasSize(1);
            Entry entry = report.entries().get(0);
            assertThat(entry.outcome()).as(example + " " + entry).isEqualTo(Outcome.CREATED);
            assertThat(entry.hsdsId()).isEqualTo(EXAMPLE_SERVICE);
            assertThat(entry.schemaErrors()).isEmpty();

            OfferContent draft = draft(fresh, entry.offerId());
            assertThat(draft.dutchName()).isEqualTo("Community Counselling");
            assertThat(draft.text("en").name()).isEqualTo("Community Counselling");
            assertThat(draft.places()).isEmpty();
            assertThat(draft.online()).as(example).isTrue();
            assertThat(jdbc.queryForObject(
                            "select hsds_id from offer where id = ? and network_id = ?",
                            String.class,
                            entry.offerId(),
                            fresh.network().id()))
                    .isEqualTo(EXAMPLE_SERVICE);
            assertThat(publicRows(entry.offerId())).isZero();
            assertThat(keys(entry.warnings())).as(example).contains("offer.hsds.import.warning.text.dutch");
        }
    }

    @Test
    void everythingTheFullServiceCarriesIsTakenOverOrNamedInAWarning() throws Exception {
        HsdsImportReport report = importFile(scene, "service_full.json", "en", scene.organisation());
        Entry entry = report.entries().get(0);
        OfferContent draft = draft(scene, entry.offerId());

        assertThat(draft.text("en").description())
                .startsWith("Counselling Services provided by trained professionals.")
                .contains("This service is intended for all people aged 12 and over");
        assertThat(draft.text("en").howToAccess()).startsWith("If you are an NHS patient");
        assertThat(draft.text("en").costNote()).contains("We charge a flat rate per hour");
        assertThat(draft.text("en").whatToBring()).startsWith("Any official identification document");
        assertThat(draft.ages().fromMonths()).isEqualTo(144);
        assertThat(draft.ages().toMonths()).isEqualTo(288);
        assertThat(draft.interpreterAvailable()).isTrue();
        assertThat(draft.contact().email()).isEqualTo("email@example.com");
        assertThat(draft.contact().phone()).isEqualTo("+44 1234 234567");
        assertThat(draft.contact().website()).isEqualTo("http://example.com/counselling");
        assertThat(draft.byPhone()).isTrue();
        assertThat(draft.costs())
                .singleElement()
                .satisfies(cost -> assertThat(cost.amount()).isEqualByComparingTo("35"));
        assertThat(draft.kind()).isEqualTo(OfferKind.ACTIVITY);
        assertThat(draft.sessions()).singleElement().satisfies(session -> {
            assertThat(session.date()).hasToString("2005-01-01");
            assertThat(session.starts()).hasToString("10:00");
            assertThat(session.ends()).hasToString("18:00");
            assertThat(session.recurrence()).isEqualTo("FREQ=WEEKLY;BYDAY=TH,FR;COUNT=3;WKST=TU");
        });
        assertThat(draft.languages()).containsExactly("en");
        assertThat(keys(entry.warnings()))
                .contains(
                        "offer.hsds.import.warning.location.foreign",
                        "offer.hsds.import.warning.remote.both",
                        "offer.hsds.import.warning.age.max",
                        "offer.hsds.import.warning.currency",
                        "offer.hsds.import.warning.language",
                        "offer.hsds.import.warning.language.none",
                        "offer.hsds.import.warning.term");
        assertThat(entry.warnings())
                .filteredOn(note -> note.key().equals("offer.hsds.import.warning.location.foreign"))
                .singleElement()
                .satisfies(
                        note -> assertThat(note.arguments()).containsExactly("MyCity Civic Center", "ABC 1234", "US"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where network_id = ? and action = 'OFFER_IMPORTED'",
                        Integer.class,
                        scene.network().id()))
                .isOne();
    }

    @Test
    void theTabularExampleImportsItsServiceAndLeavesOutTheRowThatBreaksItsSchema() throws Exception {
        HsdsImportReport report = importFile(scene, "tabular.json", "en", scene.organisation());
        assertThat(report.entries())
                .filteredOn(entry -> entry.path().equals("/locations.csv/0"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(entry.schemaErrors())
                            .extracting(HsdsSchemas.Violation::path)
                            .containsExactly("/locations.csv/0/external_identifier");
                    assertThat(keys(entry.problems())).containsExactly("offer.hsds.import.note.rowLeftOut");
                });
        Entry service = report.entries().stream()
                .filter(entry -> entry.path().equals("/services.csv/0"))
                .findFirst()
                .orElseThrow();
        assertThat(service.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(service.hsdsId()).isEqualTo(EXAMPLE_SERVICE);
        OfferContent draft = draft(scene, service.offerId());
        assertThat(draft.text("en").name()).isEqualTo("Community Counselling");
        assertThat(draft.contact().phone()).isEqualTo("+44 1234 234567");
        assertThat(draft.sessions()).hasSize(1);
        assertThat(draft.costs()).hasSize(1);
        assertThat(draft.text("en").whatToBring()).startsWith("Any official identification document");
    }

    @Test
    void anOrganizationListWithoutServicesImportsNothingAndSaysSo() throws Exception {
        HsdsImportReport report = importFile(scene, "organization_list.json", "en", scene.organisation());
        assertThat(report.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Example Organization Inc.");
            assertThat(entry.outcome()).isEqualTo(Outcome.NOT_IMPORTED);
            assertThat(keys(entry.problems())).containsExactly("offer.hsds.import.note.noServices");
        });
        assertThat(offersOf(scene)).isZero();
    }

    @Test
    void importingTheSameFileAgainUpdatesTheDraftInsteadOfAddingAnOffer() throws Exception {
        Entry first = importFile(scene, "service_full.json", "en", scene.organisation())
                .entries()
                .get(0);
        Entry second = importFile(scene, "service_full.json", "en", scene.organisation())
                .entries()
                .get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(second.offerId()).isEqualTo(first.offerId());
        assertThat(offersOf(scene)).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer_version where offer_id = ?", Integer.class, first.offerId()))
                .isOne();
    }

    @Test
    void anInvalidRecordIsRejectedWithItsSchemaErrorWhileTheValidOneIsKept() throws Exception {
        String dataset = """
                [
                  {"id": "6f1c3a3e-0d0e-4d43-9a5c-2f3d1b7e8a01", "name": "Spelotheek De Knikker", "status": "active",
                   "description": "Speelgoed lenen voor kinderen tot 12 jaar.", "minimum_age": 0, "maximum_age": 12,
                   "organization": {"id": "0b8f7e4c-3a2d-4c1b-9e8f-7a6b5c4d3e2f", "name": "Speelpunt",
                                    "description": "Buurtwerking"},
                   "languages": [{"id": "f3d0c9b8-a7e6-4d5c-b4a3-921087654321", "code": "nl"},
                                 {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "code": "fra"}],
                   "service_at_locations": [{"id": "11111111-2222-4333-8444-555555555555",
                     "location": {"id": "99999999-8888-4777-8666-555555555555", "location_type": "physical",
                                  "name": "Buurthuis", "latitude": 51.03, "longitude": 4.48,
                                  "addresses": [{"id": "12345678-1234-4234-8234-123456789012", "address_1": "Nekkerspoel 12",
                                                 "city": "Mechelen", "state_province": "Antwerpen", "postal_code": "2800",
                                                 "country": "BE", "address_type": "physical"}],
                                  "schedules": [{"id": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "freq": "WEEKLY",
                                                 "byday": "WE,SA", "opens_at": "14:00", "closes_at": "17:00"}]}}]},
                  {"id": "not-a-uuid", "name": "Kapotte dienst", "status": "open", "email": "nergens",
                   "organization": {"id": "0b8f7e4c-3a2d-4c1b-9e8f-7a6b5c4d3e2f", "name": "Speelpunt",
                                    "description": "Buurtwerking"}}
                ]
                """;
        UUID importId = upload(scene.coordinator(), "dataset.json", dataset.getBytes(StandardCharsets.UTF_8), "nl");
        run(scene.coordinator(), importId, scene.organisation());
        HsdsImportReport report = report(importId);

        assertThat(report.entries()).hasSize(2);
        Entry valid = report.entries().get(0);
        assertThat(valid.outcome()).isEqualTo(Outcome.CREATED);
        OfferContent draft = draft(scene, valid.offerId());
        assertThat(draft.dutchName()).isEqualTo("Spelotheek De Knikker");
        assertThat(draft.languages()).containsExactlyInAnyOrder("nl", "fr");
        assertThat(draft.ages().toMonths()).isEqualTo(144);
        assertThat(draft.places()).singleElement().satisfies(place -> {
            assertThat(place.postcode()).isEqualTo("2800");
            assertThat(place.street()).isEqualTo("Nekkerspoel 12");
            assertThat(place.nisCode()).isEqualTo("12025");
        });
        assertThat(draft.openingHours()).hasSize(2).allSatisfy(hours -> {
            assertThat(hours.placeId()).isEqualTo(draft.places().get(0).id());
            assertThat(hours.opens()).hasToString("14:00");
        });
        assertThat(valid.warnings()).isEmpty();

        Entry invalid = report.entries().get(1);
        assertThat(invalid.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(invalid.offerId()).isNull();
        assertThat(invalid.schemaErrors())
                .extracting(HsdsSchemas.Violation::path)
                .contains("/1/id", "/1/status", "/1/email");
        assertThat(offersOf(scene)).isOne();

        String page = page(scene.coordinator(), "/n/" + scene.network().slug() + "/offers/import/hsds/" + importId);
        assertThat(page).contains("Spelotheek De Knikker", "Kapotte dienst", "/1/status");
    }

    @Test
    void aRecordOurRulesRefuseIsRejectedWithTheTranslatedReason() throws Exception {
        String dataset = """
                {"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "name": "Zonder plaats of telefoon", "status": "active",
                 "service_at_locations": [{"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c10",
                   "location": {"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c11", "location_type": "physical",
                                "addresses": [{"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c12", "address_1": "Rue de la Loi 1",
                                               "city": "Namur", "state_province": "Namur", "postal_code": "5000",
                                               "country": "BE", "address_type": "physical"}]}}]}
                """;
        UUID importId = upload(scene.coordinator(), "one.json", dataset.getBytes(StandardCharsets.UTF_8), "nl");
        run(scene.coordinator(), importId, scene.organisation());
        Entry entry = report(importId).entries().get(0);
        assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(keys(entry.warnings())).contains("offer.hsds.import.warning.location.postcode");
        assertThat(keys(entry.problems())).containsExactly("offer.problem.places.required");
        assertThat(page(scene.coordinator(), "/n/" + scene.network().slug() + "/offers/import/hsds/" + importId))
                .contains("Geef minstens één plaats");
    }

    @Test
    void anOfferExportedByTheApiImportsBackWithItsTranslationsAndClassification() throws Exception {
        UUID source = jdbc.queryForObject(
                "select p.offer_id from published_offer p join offer_version v on v.id = p.version_id"
                        + " join network n on n.id = p.network_id where n.slug = 'huis-van-het-kind-mechelen-fictief'"
                        + " and not exists (select 1 from published_location l where l.offer_id = p.offer_id"
                        + " and l.confidential) order by (select count(*) from jsonb_object_keys(v.content -> 'texts'))"
                        + " desc, p.name limit 1",
                UUID.class);
        MvcResult exported =
                mvc.perform(get("/api/hsds/v3/services/" + source + "?lang=nl")).andReturn();
        UUID importId = upload(
                scene.coordinator(), "export.json", exported.getResponse().getContentAsByteArray(), "nl");
        run(scene.coordinator(), importId, scene.organisation());
        Entry entry = report(importId).entries().get(0);
        assertThat(entry.outcome()).isEqualTo(Outcome.CREATED);

        OfferContent original = json.readValue(
                jdbc.queryForObject(
                        "select v.content::text from published_offer p join offer_version v on v.id = p.version_id"
                                + " where p.offer_id = ?",
                        String.class,
                        source),
                OfferContent.class);
        OfferContent copy = draft(scene, entry.offerId());
        assertThat(original.texts().keySet()).hasSizeGreaterThan(2);
        assertThat(copy.texts().keySet()).isEqualTo(original.texts().keySet());
        original.texts().forEach((language, text) -> {
            assertThat(copy.texts().get(language).name()).isEqualTo(text.name());
            if (!language.equals("nl")) {
                assertThat(copy.texts().get(language)).as(language).isEqualTo(text);
            }
        });
        assertThat(copy.pillars()).isEqualTo(original.pillars());
        assertThat(copy.supportFunctions()).isEqualTo(original.supportFunctions());
        assertThat(copy.lifeDomains()).isEqualTo(original.lifeDomains());
        assertThat(copy.taxonomyTerms()).isEqualTo(original.taxonomyTerms());
        assertThat(copy.accessModes()).isEqualTo(original.accessModes());
        assertThat(copy.audiences()).isEqualTo(original.audiences());
        assertThat(copy.languages()).isEqualTo(original.languages());
        assertThat(copy.openingHours()).hasSameSizeAs(original.openingHours());
        assertThat(copy.places())
                .singleElement()
                .satisfies(place -> assertThat(place.street())
                        .isEqualTo(original.places().get(0).street()));
        assertThat(entry.warnings()).isEmpty();
    }

    @Test
    void garbageEmptyAndOversizedFilesAreRefusedWithAClearMessage() throws Exception {
        String base = "/n/" + scene.network().slug() + "/offers/import/hsds";
        MvcResult garbage = send(scene.coordinator(), "x.json", "{ not json".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
        assertThat(garbage.getResponse().getContentAsString()).contains("Dit is geen geldige JSON (regel 1");

        MvcResult empty = send(scene.coordinator(), "x.json", new byte[0]);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("Kies een bestand.");

        MvcResult nothing =
                send(scene.coordinator(), "taxonomy.json", Files.readAllBytes(EXAMPLES.resolve("taxonomy.json")));
        assertThat(nothing.getResponse().getStatus()).isEqualTo(400);
        assertThat(nothing.getResponse().getContentAsString())
                .contains("We vinden geen HSDS-organisaties of -diensten");

        byte[] large = new byte[HsdsImports.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        MvcResult oversized = send(scene.coordinator(), "big.json", large);
        assertThat(oversized.getResponse().getStatus()).isEqualTo(413);
        assertThat(oversized.getResponse().getContentAsString()).contains("Het bestand is groter dan 5 MB.");

        MvcResult noFile = mvc.perform(post(base).with(csrf()).with(user(scene.coordinator())))
                .andReturn();
        assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer_hsds_import where network_id = ?",
                        Integer.class,
                        scene.network().id()))
                .isZero();
    }

    @Test
    void onlyCoordinatorsAndPartnerAdminsImportAndAPartnerAdminOnlyForTheOwnOrganisation() throws Exception {
        String base = "/n/" + scene.network().slug() + "/offers/import/hsds";
        byte[] file = Files.readAllBytes(EXAMPLES.resolve("service_full.json"));
        for (NestwerkUser refused : List.of(scene.volunteer(), scene.professional(), scene.foreignCoordinator())) {
            assertThat(mvc.perform(get(base).with(user(refused)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(send(refused, "s.json", file).getResponse().getStatus()).isEqualTo(403);
        }

        UUID importId = upload(scene.writer(), "s.json", file, "en");
        String mapping = page(scene.writer(), base + "/" + importId);
        assertThat(mapping).contains("Example Organization Inc.");
        assertThat(mapping)
                .contains(scene.organisation().toString())
                .doesNotContain(scene.otherOrganisation().toString());
        MvcResult foreign = mvc.perform(post(base + "/" + importId)
                        .param("organisation-0", scene.otherOrganisation().toString())
                        .with(csrf())
                        .with(user(scene.writer())))
                .andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(404);
        assertThat(offersOf(scene)).isZero();
        assertThat(mvc.perform(get(base + "/" + importId).with(user(scene.otherWriter())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("someone else's upload")
                .isEqualTo(404);

        run(scene.writer(), importId, scene.organisation());
        assertThat(report(importId).entries().get(0).outcome()).isEqualTo(Outcome.CREATED);
    }

    @Test
    void theMappingProposesThePartnerWithTheSameNameIgnoringCaseAndAccents() throws Exception {
        UUID namesake = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'OTHER')",
                namesake,
                scene.network().id(),
                "EXAMPLE Organizatión inc.");
        UUID importId = upload(
                scene.coordinator(), "org.json", Files.readAllBytes(EXAMPLES.resolve("organization_full.json")), "en");
        String mapping = page(scene.coordinator(), "/n/" + scene.network().slug() + "/offers/import/hsds/" + importId);
        assertThat(mapping).containsPattern("<option value=\"" + namesake + "\"\\s+selected=\"selected\"");
    }

    private HsdsImportReport importFile(Scene where, String example, String language, UUID organisation)
            throws Exception {
        UUID importId = upload(where.coordinator(), example, Files.readAllBytes(EXAMPLES.resolve(example)), language);
        assertThat(page(where.coordinator(), "/n/" + where.network().slug() + "/offers/import/hsds/" + importId))
                .contains("organisation-0");
        run(where.coordinator(), importId, organisation);
        return report(importId);
    }

    private UUID upload(NestwerkUser who, String name, byte[] content, String language) throws Exception {
        MvcResult result = mvc.perform(multipart("/n/" + slugOf(who) + "/offers/import/hsds")
                        .file(new MockMultipartFile("file", name, "application/json", content))
                        .param("language", language)
                        .with(csrf())
                        .with(user(who)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MvcResult send(NestwerkUser who, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/n/" + scene.network().slug() + "/offers/import/hsds")
                        .file(new MockMultipartFile("file", name, "application/json", content))
                        .with(csrf())
                        .with(user(who)))
                .andReturn();
    }

    private void run(NestwerkUser who, UUID importId, UUID organisation) throws Exception {
        MockHttpServletRequestBuilder request = post("/n/" + slugOf(who) + "/offers/import/hsds/" + importId)
                .with(csrf())
                .with(user(who));
        for (int i = 0; i < 5; i++) {
            request.param("organisation-" + i, organisation.toString());
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    private String page(NestwerkUser who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private HsdsImportReport report(UUID importId) {
        String report =
                jdbc.queryForObject("select report::text from offer_hsds_import where id = ?", String.class, importId);
        assertThat(report).as("the import has run").isNotNull();
        return json.readValue(report, HsdsImportReport.class);
    }

    private OfferContent draft(Scene where, UUID offerId) {
        OfferDetail detail = NetworkFixtures.actingAs(
                where.coordinator(), () -> catalogue.detail(where.network().id(), offerId));
        assertThat(detail.working().state()).isEqualTo(VersionState.DRAFT);
        assertThat(detail.published()).isNull();
        return detail.working().content();
    }

    private String slugOf(NestwerkUser who) {
        return jdbc.queryForObject(
                "select n.slug from network n join membership m on m.network_id = n.id where m.user_id = ? limit 1",
                String.class,
                who.id());
    }

    private int offersOf(Scene where) {
        return jdbc.queryForObject(
                "select count(*) from offer where network_id = ?",
                Integer.class,
                where.network().id());
    }

    private int publicRows(UUID offerId) {
        return jdbc.queryForObject("select count(*) from published_offer where offer_id = ?", Integer.class, offerId);
    }

    private static List<String> keys(List<Note> notes) {
        return notes.stream().map(Note::key).toList();
    }
}
