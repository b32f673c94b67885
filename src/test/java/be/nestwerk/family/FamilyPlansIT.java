package be.nestwerk.family;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.pdf.DocumentText;
import be.nestwerk.platform.security.NestwerkUser;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class FamilyPlansIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    FamilyPlans plans;

    @Autowired
    Consents consents;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;
    UUID network;
    UUID family;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
        network = scene.network().id();
        family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Plan"));
    }

    @Test
    void aPlanWithAConsentedPartnerIsMadeAndThatPartnerMayReadIt() {
        FamilyPlanFixtures.consentToShareThePlan(context, scene, family);

        UUID plan = FamilyPlanFixtures.plan(
                context, scene, family, FamilyPlanFixtures.draft(Set.of(scene.otherOrganisation())));

        FamilyPlan read = as(scene.otherProfessional(), () -> plans.plan(network, family, plan))
                .plan();
        assertThat(read.partners()).containsExactly(scene.otherOrganisation());
        assertThat(read.strengths()).isEqualTo("Mama kookt graag en kent de buren goed");
        assertThat(read.steps()).singleElement().satisfies(step -> {
            assertThat(step.owner()).isEqualTo(StepOwner.FAMILY);
            assertThat(step.done()).isFalse();
        });
        assertThat(as(scene.otherProfessional(), () -> plans.plans(network, family, 0, 10))
                        .plans())
                .extracting(PlanSummary::id)
                .containsExactly(plan);
    }

    @Test
    void aPartnerWithoutTheFamilysConsentIsRefusedWithWhatIsMissing() {
        assertThatThrownBy(() -> FamilyPlanFixtures.plan(
                        context, scene, family, FamilyPlanFixtures.draft(Set.of(scene.otherOrganisation()))))
                .isInstanceOfSatisfying(
                        InvalidFamilyException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FamilyProblem::messageKey)
                                .containsExactly("family.plan.problem.consent"));
        assertThat(jdbc.queryForObject("select count(*) from family_plan where family_id = ?", Long.class, family))
                .isZero();

        assertThat(mvc.post()
                        .uri(base() + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("createdFor", scene.organisation().toString())
                        .param("consultedOn", LocalDate.now().toString())
                        .param("needsAndWishes", "Een plaats in de opvang")
                        .param("strengths", "Sterk netwerk")
                        .param("language", "nl")
                        .param("partners", scene.otherOrganisation().toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("The family gave OCMW", "no consent to share the family plan");
    }

    @Test
    void revokingTheConsentClosesThePlanToThePartnerAtOnce() {
        UUID consent = FamilyPlanFixtures.consentToShareThePlan(context, scene, family);
        UUID plan = FamilyPlanFixtures.plan(
                context, scene, family, FamilyPlanFixtures.draft(Set.of(scene.otherOrganisation())));
        String page = base() + "/" + plan;
        assertThat(mvc.get().uri(page).with(provedAs(scene.otherProfessional())))
                .hasStatusOk()
                .bodyText()
                .contains("Rust in huis en een plaats in de kinderopvang");

        as(scene.professional(), () -> {
            consents.revoke(network, family, consent);
            return null;
        });

        assertThat(mvc.get().uri(page).with(provedAs(scene.otherProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(page + ".pdf").with(provedAs(scene.otherProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(page).with(provedAs(scene.professional())))
                .as("the registering organisation keeps the plan")
                .hasStatusOk();
    }

    @Test
    void aConsentToReferOnlyDoesNotOpenThePlan() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        as(scene.professional(), () -> {
            Family file = context.getBean(FamilyRegistry.class).file(network, family, "TEST");
            return consents.record(
                    network,
                    family,
                    new NewConsent(
                            file.members().get(0).id(),
                            scene.otherOrganisation(),
                            ConsentPurpose.REFERRAL,
                            ConsentForm.VERBAL,
                            scene.organisation(),
                            LocalDate.now().plusMonths(1)));
        });

        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> plans.plan(network, family, plan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(scene.otherProfessional(), () -> plans.plans(network, family, 0, 10))
                        .total())
                .isZero();
    }

    @Test
    void everyReadOfAPlanIsAuditedWithItsPurpose() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));

        as(scene.partnerAdmin(), () -> plans.plan(network, family, plan));
        assertThat(mvc.get().uri(base() + "/" + plan).with(provedAs(scene.partnerAdmin())))
                .hasStatusOk();
        assertThat(mvc.get().uri(base() + "/" + plan + ".pdf").with(provedAs(scene.partnerAdmin())))
                .hasStatusOk();

        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'FamilyPlan' and entity_id = ?"
                                + " and purpose = 'FAMILY_PLAN' order by id",
                        String.class,
                        plan.toString()))
                .containsExactly("FAMILY_PLAN_CREATED", "FAMILY_PLAN_READ", "FAMILY_PLAN_READ", "FAMILY_PLAN_READ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_PLAN_READ' and entity_id = ?"
                                + " and actor_id = ?",
                        Long.class,
                        plan.toString(),
                        scene.partnerAdmin().id()))
                .isEqualTo(3);
    }

    @Test
    void aStepIsMarkedDoneOnce() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        UUID step = jdbc.queryForObject("select id from family_plan_step where plan_id = ?", UUID.class, plan);

        assertThat(mvc.post()
                        .uri(base() + "/" + plan + "/steps/" + step + "/done")
                        .with(provedAs(scene.professional()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri(base() + "/" + plan + "/steps/" + step + "/done")
                        .with(provedAs(scene.professional()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(as(scene.professional(), () -> plans.plan(network, family, plan))
                        .plan()
                        .steps())
                .singleElement()
                .satisfies(done -> assertThat(done.done()).isTrue());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_PLAN_STEP_DONE' and entity_id = ?",
                        Long.class,
                        plan.toString()))
                .isEqualTo(1);
        UUID otherPlan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        assertThat(mvc.post()
                        .uri(base() + "/" + otherPlan + "/steps/" + step + "/done")
                        .with(provedAs(scene.professional()))
                        .with(csrf()))
                .as("a step of another plan")
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void badInputComesBackTranslatedWithA400AndEachProblemLinkedToItsField() {
        assertThat(mvc.post()
                        .uri(base() + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("createdFor", scene.organisation().toString())
                        .param("consultedOn", "gisteren")
                        .param("steps[0].what", "Bellen")
                        .param("steps[0].dueOn", "volgende week"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "Geef een datum als jjjj-mm-dd.",
                        "href=\"#steps0.dueOn\"",
                        "aria-describedby=\"consultedOn-error\"");
        assertThat(mvc.post()
                        .uri(base() + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("createdFor", scene.organisation().toString())
                        .param("consultedOn", LocalDate.now().plusDays(1).toString())
                        .param("needsAndWishes", " ")
                        .param("strengths", "")
                        .param("language", "ti")
                        .param("steps[0].what", "Bellen")
                        .param("steps[0].who", "PERSON")
                        .param("steps[0].dueOn", LocalDate.now().toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "La date de la concertation n&#39;est pas dans le futur",
                        "Notez les besoins et les souhaits de la famille.",
                        "Notez les forces de la famille",
                        "Choisissez la langue dans laquelle la famille reçoit le plan",
                        "Donnez le nom de qui fait cette étape");
    }

    @Test
    void aPlanSavedOverAnOlderVersionIsRefused() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        PlanDraft changed = FamilyPlanFixtures.draft(Set.of());

        as(scene.professional(), () -> {
            plans.update(network, family, plan, changed, 0);
            return null;
        });

        assertThatThrownBy(() -> as(scene.partnerAdmin(), () -> {
                    plans.update(network, family, plan, changed, 0);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidFamilyException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FamilyProblem::messageKey)
                                .containsExactly("family.plan.problem.stale"));
        assertThat(mvc.post()
                        .uri(base() + "/" + plan + "/edit")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("version", "0")
                        .param("consultedOn", LocalDate.now().toString())
                        .param("needsAndWishes", "Anders")
                        .param("strengths", "Veel")
                        .param("language", "nl"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Iemand anders bewaarde dit plan intussen.");
    }

    @Test
    void editingKeepsTheStepsThatAreDoneAndAddsNewOnes() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        UUID step = jdbc.queryForObject("select id from family_plan_step where plan_id = ?", UUID.class, plan);
        as(scene.professional(), () -> {
            plans.stepDone(network, family, plan, step);
            return null;
        });

        assertThat(mvc.post()
                        .uri(base() + "/" + plan + "/edit")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("version", "0")
                        .param("consultedOn", LocalDate.now().toString())
                        .param("needsAndWishes", "Rust in huis")
                        .param("strengths", "Veerkracht")
                        .param("language", "fr")
                        .param("steps[0].id", step.toString())
                        .param("steps[0].what", "Langsgaan bij de speel-o-theek (samen)")
                        .param("steps[0].who", "FAMILY")
                        .param("steps[0].dueOn", LocalDate.now().plusWeeks(1).toString())
                        .param("steps[1].what", "Opvang bellen")
                        .param("steps[1].who", scene.organisation().toString())
                        .param("steps[1].dueOn", LocalDate.now().plusWeeks(2).toString()))
                .hasStatus(HttpStatus.FOUND);

        FamilyPlan saved = as(scene.professional(), () -> plans.plan(network, family, plan))
                .plan();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.language()).isEqualTo("fr");
        assertThat(saved.steps()).hasSize(2);
        assertThat(saved.steps().get(0).id()).isEqualTo(step);
        assertThat(saved.steps().get(0).done()).isTrue();
        assertThat(saved.steps().get(1).owner()).isEqualTo(StepOwner.ORGANISATION);
    }

    @Test
    void thePlansOfAFamilyArePaged() {
        List<UUID> made = List.of(
                FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of())),
                FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of())),
                FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of())));

        PlanPage first = as(scene.professional(), () -> plans.plans(network, family, 0, 2));
        PlanPage second = as(scene.professional(), () -> plans.plans(network, family, 1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.plans()).hasSize(2);
        assertThat(second.plans()).hasSize(1);
        assertThat(List.of(
                        first.plans().get(0).id(),
                        first.plans().get(1).id(),
                        second.plans().get(0).id()))
                .containsExactlyInAnyOrderElementsOf(made);
        assertThat(mvc.get().uri(base()).with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("3 gezinsplannen", "1 open van 1");
    }

    @Test
    void aPlanOfAnotherFamilyOrNetworkIsRefusedUnderThisFamilyAndAudited() {
        UUID other = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Ander"));
        UUID otherPlan = FamilyPlanFixtures.plan(context, scene, other, FamilyPlanFixtures.draft(Set.of()));

        assertThat(mvc.get().uri(base() + "/" + otherPlan).with(provedAs(scene.professional())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/n/" + scene.foreignNetwork().slug() + "/families/" + other + "/plans/" + otherPlan)
                        .with(provedAs(scene.foreignProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and entity_id in (?, ?)",
                        Long.class,
                        otherPlan.toString(),
                        other.toString()))
                .isEqualTo(2);
    }

    @Test
    void aFamilyThatSpeaksTurkishUkrainianOrArabicGetsThePdfLabelledInItsLanguage() throws Exception {
        Map<String, String> strengths =
                Map.of("tr", "Büyükanne yardım ediyor", "uk", "Бабуся допомагає", "ar", "الجدة تساعدنا");
        for (String language : List.of("tr", "uk", "ar")) {
            NewFamily family = new NewFamily(
                    "Aile " + language,
                    false,
                    null,
                    "2800",
                    List.of(language, "nl"),
                    true,
                    LegalBasis.CONSENT,
                    List.of(new NewFamily.Member("Ebeveyn", MemberRelation.PARENT)),
                    List.of());
            UUID id = FamilyFixtures.registered(context, scene, family);
            assertThat(mvc.get()
                            .uri("/n/" + scene.network().slug() + "/families/" + id + "/plans/new")
                            .with(provedAs(scene.professional())))
                    .as("the family's first language the plan can be given in is chosen")
                    .bodyText()
                    .contains("<option value=\"" + language + "\" selected=\"selected\"");
            UUID plan = FamilyPlanFixtures.plan(
                    context,
                    scene,
                    id,
                    new PlanDraft(
                            LocalDate.now(),
                            "Kreş",
                            strengths.get(language),
                            null,
                            language,
                            null,
                            Set.of(),
                            List.of()));

            var pdf = mvc.get()
                    .uri("/n/" + scene.network().slug() + "/families/" + id + "/plans/" + plan + ".pdf")
                    .with(provedAs(scene.professional()))
                    .exchange();
            try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
                assertThat(DocumentText.of(document))
                        .contains(
                                DocumentText.label(language, "family.plan.pdf.title"),
                                DocumentText.label(language, "family.plan.pdf.strengths"),
                                Normalizer.normalize(strengths.get(language), Normalizer.Form.NFKC));
            }
        }
    }

    @Test
    void theFamilyGetsItsPlanAsAPdfInFrench() throws Exception {
        NewFamily french = new NewFamily(
                "Famille Dupont",
                false,
                null,
                "2800",
                List.of("fr", "nl"),
                false,
                LegalBasis.CONSENT,
                List.of(new NewFamily.Member("Claire Dupont", MemberRelation.PARENT)),
                List.of());
        UUID id = FamilyFixtures.registered(context, scene, french);
        assertThat(mvc.get()
                        .uri("/n/" + scene.network().slug() + "/families/" + id + "/plans/new")
                        .with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("<option value=\"fr\" selected=\"selected\"");
        PlanDraft draft = new PlanDraft(
                LocalDate.now(),
                "Trouver une crèche",
                "Une grand-mère qui aide",
                null,
                "fr",
                null,
                Set.of(),
                List.of(new PlanDraft.Step(
                        null,
                        "Visiter la crèche",
                        StepOwner.FAMILY,
                        null,
                        null,
                        LocalDate.now().plusDays(10))));
        UUID plan = FamilyPlanFixtures.plan(context, scene, id, draft);

        var pdf = mvc.get()
                .uri("/n/" + scene.network().slug() + "/families/" + id + "/plans/" + plan + ".pdf")
                .with(provedAs(scene.professional()))
                .header("Accept-Language", "nl")
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document =
                org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Notre plan familial",
                            "Famille Dupont",
                            "Vos forces",
                            "Une grand-mère qui aide",
                            "Visiter la crèche",
                            "Vous, la famille")
                    .doesNotContain("Ons gezinsplan");
        }
    }

    @Test
    void rowLevelSecurityHidesThePlansOfAnotherNetwork() {
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        FamilyScope scope = context.getBean(FamilyScope.class);
        org.springframework.transaction.support.TransactionTemplate transactions =
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class);

        List<Long> seen = List.of(scene.foreignNetwork().id(), network).stream()
                .map(in -> transactions.execute(status -> {
                    scope.enter(in);
                    return jdbc.queryForObject(
                            "select (select count(*) from family_plan where id = ?)"
                                    + " + (select count(*) from family_plan_step where plan_id = ?)",
                            Long.class,
                            plan,
                            plan);
                }))
                .toList();

        assertThat(seen).as("from the foreign network, then from the own one").containsExactly(0L, 2L);
    }

    private String base() {
        return "/n/" + scene.network().slug() + "/families/" + family + "/plans";
    }

    private static <T> T as(NestwerkUser user, Supplier<T> action) {
        return actingAs(user, action);
    }
}
