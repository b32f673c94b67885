package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language of an answer and the languages a dataset names. */
class HsdsLanguageTests {

    @Test
    void langWinsOverAcceptLanguageWhichWinsOverDutch() {
        assertThat(HsdsLanguage.choose("AR", "fr-BE")).isEqualTo(new HsdsLanguage("ar"));
        assertThat(HsdsLanguage.choose(null, "de-CH,de;q=0.9,fr;q=0.8")).isEqualTo(new HsdsLanguage("de"));
        assertThat(HsdsLanguage.choose(null, "zh-TW,ja;q=0.5")).isEqualTo(new HsdsLanguage("nl"));
        assertThat(HsdsLanguage.choose(null, "not a header;;;")).isEqualTo(new HsdsLanguage("nl"));
        assertThat(HsdsLanguage.choose("", null)).isEqualTo(new HsdsLanguage("nl"));
        assertThatThrownBy(() -> HsdsLanguage.choose("xx", null)).isInstanceOf(HsdsParameterException.class);
    }

    @Test
    void generatedTextsAreInDutchEnglishOrFrenchAndOtherwiseDutch() {
        assertThat(new HsdsLanguage("fr").messageLocale()).isEqualTo(Locale.FRENCH);
        assertThat(new HsdsLanguage("tr").messageLocale()).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void aDatasetsLanguageIsKnownByItsTwoOrThreeLetterCodeOrItsName() {
        assertThat(HsdsLanguages.code("nl")).contains("nl");
        assertThat(HsdsLanguages.code("dut")).contains("nl");
        assertThat(HsdsLanguages.code("nld")).contains("nl");
        assertThat(HsdsLanguages.code("fr-BE")).contains("fr");
        assertThat(HsdsLanguages.code("Arabic")).contains("ar");
        assertThat(HsdsLanguages.code("Türkçe")).contains("tr");
        assertThat(HsdsLanguages.code("ur")).isEmpty();
    }
}
