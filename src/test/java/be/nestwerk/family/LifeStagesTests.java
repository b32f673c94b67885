package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.family.LifeStage.CompulsoryEducation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LifeStagesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");

    final LifeStages stages = new LifeStages();

    @Test
    void readsTheTenStagesOfTheCsvInTheFilesOrder() {
        assertThat(stages.all())
                .extracting(LifeStage::code)
                .containsExactly(
                        "PRECONCEPTION",
                        "PRENATAL",
                        "BABY_TODDLER",
                        "PRESCHOOL",
                        "PRIMARY",
                        "SECONDARY_1",
                        "SECONDARY_2",
                        "SECONDARY_3",
                        "OUT_OF_SCHOOL_CARE",
                        "YOUNG_ADULT");
    }

    @Test
    void readsAgesInYearsAsMonthsWithTheUpperAgeExcluded() {
        assertThat(stages.stage("PRESCHOOL"))
                .returns(30, LifeStage::ageFromMonths)
                .returns(72, LifeStage::ageToMonths);
        assertThat(stages.stage("BABY_TODDLER"))
                .returns(0, LifeStage::ageFromMonths)
                .returns(36, LifeStage::ageToMonths);
        assertThat(stages.stage("YOUNG_ADULT"))
                .returns(216, LifeStage::ageFromMonths)
                .returns(300, LifeStage::ageToMonths);
        assertThat(stages.stage("PRENATAL"))
                .returns(null, LifeStage::ageFromMonths)
                .returns(null, LifeStage::ageToMonths);
    }

    @Test
    void readsLabelsSettingAndIscedLevelAsWritten() {
        LifeStage preschool = stages.stage("PRESCHOOL");

        assertThat(preschool.labelNl()).isEqualTo("Kleuter (kleuteronderwijs)");
        assertThat(preschool.labelEn()).isEqualTo("Pre-primary pupil");
        assertThat(preschool.typicalSettingNl())
                .isEqualTo("kleuterschool (3 jaren); instap vanaf 2 jaar en 6 maanden op vaste instapdata");
        assertThat(preschool.iscedLevel()).isEqualTo("02");
        assertThat(stages.stage("BABY_TODDLER").iscedLevel()).isNull();
        assertThat(stages.stage("BABY_TODDLER").labelNl()).isEqualTo("Baby's en peuters");
        assertThat(preschool.messageKey()).isEqualTo("family.stage.PRESCHOOL");
    }

    @Test
    void readsCompulsoryEducationNeverThroughoutOrFromTheYearTheChildTurnsFive() {
        assertThat(stages.stage("BABY_TODDLER").compulsoryEducation()).isEqualTo(CompulsoryEducation.NO);
        assertThat(stages.stage("PRIMARY").compulsoryEducation()).isEqualTo(CompulsoryEducation.YES);
        CompulsoryEducation preschool = stages.stage("PRESCHOOL").compulsoryEducation();
        assertThat(preschool.throughout()).isFalse();
        assertThat(preschool.fromYearTurning()).isEqualTo(5);
        assertThat(preschool.startsFor(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2029, 9, 1));
        assertThat(CompulsoryEducation.NO.startsFor(LocalDate.of(2024, 12, 31))).isNull();
    }

    @Test
    void refusesWordsForCompulsoryEducationItDoesNotKnow() {
        assertThatThrownBy(() -> CompulsoryEducation.parse("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sometimes");
    }

    @Test
    void refusesAnAgeThatIsNoWholeNumberOfMonths() {
        assertThat(LifeStages.months("2.5")).isEqualTo(30);
        assertThat(LifeStages.months(" ")).isNull();
        assertThatThrownBy(() -> LifeStages.months("2.4")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void findsAStageByCodeAndRefusesAnUnknownCode() {
        assertThat(stages.find("PRIMARY")).map(LifeStage::labelEn).contains("Primary pupil");
        assertThat(stages.find("KINDERGARTEN")).isEmpty();
        assertThatThrownBy(() -> stages.stage("KINDERGARTEN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KINDERGARTEN");
    }

    @Test
    void theDutchAndEnglishMessagesSayWhatTheCsvSays() throws IOException {
        Properties dutch = bundle("family-stages");
        Properties english = bundle("family-stages_en");

        for (LifeStage stage : stages.all()) {
            assertThat(format(dutch, stage.messageKey(), "nl")).as(stage.code()).isEqualTo(stage.labelNl());
            assertThat(format(english, stage.messageKey(), "en"))
                    .as(stage.code())
                    .isEqualTo(stage.labelEn());
        }
    }

    @Test
    void everyStageAndTransitionHasALabelInDutchEnglishAndFrench() throws IOException {
        List<String> keys = Stream.concat(
                        stages.all().stream().map(LifeStage::messageKey),
                        Arrays.stream(Transition.Code.values()).map(Transition.Code::messageKey))
                .toList();

        for (String bundle : List.of("family-stages", "family-stages_en", "family-stages_fr")) {
            assertThat(bundle(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @Test
    void daysAwayReadsAsWordsWithTheApostropheKept() throws IOException {
        Properties french = bundle("family-stages_fr");

        assertThat(format(french, "family.transition.days-away", "fr", 0)).isEqualTo("aujourd'hui");
        assertThat(format(french, "family.transition.days-away", "fr", 1)).isEqualTo("demain");
        assertThat(format(bundle("family-stages"), "family.transition.days-away", "nl", 123))
                .isEqualTo("over 123 dagen");
        assertThat(format(french, "family.transition.SCHOOL_ENTRY", "fr")).isEqualTo("Entrée à l'école maternelle");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** As the message source does with always-use-message-format. */
    private static String format(Properties bundle, String key, String language, Object... arguments) {
        return new MessageFormat(bundle.getProperty(key, "?" + key), Locale.forLanguageTag(language)).format(arguments);
    }
}
