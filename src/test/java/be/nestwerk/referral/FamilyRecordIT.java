package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyExport;
import be.nestwerk.family.RecordSection;
import be.nestwerk.platform.pdf.DocumentText;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The family's right of access covers what the referral module keeps about it, and who read that. */
@NestwerkIntegrationTest
class FamilyRecordIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    FamilyExport export;

    @Test
    void theExportHoldsTheFamilysReferralsQuestionsAndWhoReadThem() throws Exception {
        ReferralScene scene = ReferralFixtures.scene(context);
        UUID referral = ReferralFixtures.sent(context, scene);
        actingAs(scene.receiver(), () -> context.getBean(Referrals.class).view(scene.networkId(), referral));
        actingAs(
                scene.sender(),
                () -> context.getBean(Questions.class)
                        .register(
                                scene.networkId(),
                                new NewQuestion(
                                        scene.family().organisation(),
                                        scene.familyId(),
                                        null,
                                        null,
                                        "Waar vind ik een tandarts die Arabisch spreekt?",
                                        List.of(QuestionTheme.HEALTHCARE),
                                        QuestionChannel.PHONE,
                                        scene.family().organisation(),
                                        null)));

        FamilyExport.FamilyRecord record =
                actingAs(scene.sender(), () -> export.export(scene.networkId(), scene.familyId()));

        List<String> texts = record.sections().stream()
                .flatMap(section -> section.rows().stream())
                .flatMap(List::stream)
                .map(RecordSection.Value::text)
                .toList();
        assertThat(texts)
                .contains(
                        "Mama zoekt opvang voor Lina, ze start een opleiding",
                        "referral.status.OPENED",
                        "Waar vind ik een tandarts die Arabisch spreekt?");
        assertThat(record.accesses())
                .as("the receiver's reading of the referral is in the family's access log")
                .anyMatch(access -> access.action().equals("REFERRAL_READ"));

        List<String> labels = new ArrayList<>();
        record.sections().forEach(section -> {
            labels.add(section.titleKey());
            labels.addAll(section.columnKeys());
            section.rows().stream()
                    .flatMap(List::stream)
                    .filter(RecordSection.Value::label)
                    .forEach(value -> labels.add(value.text()));
        });
        record.accesses().forEach(access -> labels.add("audit.action." + access.action()));
        for (String language : DocumentText.languages()) {
            assertThatCode(() -> labels.forEach(key -> DocumentText.label(language, key)))
                    .as("the overview in %s says every heading, column and value in that language", language)
                    .doesNotThrowAnyException();
        }

        byte[] pdf =
                actingAs(scene.sender(), () -> export.pdf(scene.networkId(), scene.familyId(), "en", Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Referrals", "Opened", "Mama zoekt opvang", "Family plans", "tandarts");
        }
    }
}
