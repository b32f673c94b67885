package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferPageLanguageTests {

    static final Set<String> WRITTEN = Set.of("nl", "en", "ar");

    @Test
    void showsTheRequestedLanguageWhenTheOfferIsWrittenInIt() {
        OfferPageLanguage language = OfferPageLanguage.choose(WRITTEN, "ar", "nl");

        assertThat(language.shown()).isEqualTo("ar");
        assertThat(language.direction()).isEqualTo("rtl");
        assertThat(language.notTranslated()).isFalse();
    }

    @Test
    void fallsBackToDutchAndSaysSoWhenTheRequestedLanguageIsNotWritten() {
        OfferPageLanguage language = OfferPageLanguage.choose(WRITTEN, "pl", "en");

        assertThat(language.shown()).isEqualTo("nl");
        assertThat(language.direction()).isEqualTo("ltr");
        assertThat(language.notTranslated()).isTrue();
        assertThat(language.wantedName(Locale.forLanguageTag("nl"))).isEqualTo("Pools");
        assertThat(language.wantedName(Locale.ENGLISH)).isEqualTo("Polish");
    }

    @Test
    void withoutARequestFollowsTheLanguageOfTheSiteWhenTheOfferHasIt() {
        assertThat(OfferPageLanguage.choose(WRITTEN, null, "en").shown()).isEqualTo("en");
        OfferPageLanguage french = OfferPageLanguage.choose(WRITTEN, null, "fr");
        assertThat(french.shown()).isEqualTo("nl");
        assertThat(french.notTranslated()).isTrue();
        assertThat(OfferPageLanguage.choose(WRITTEN, null, "nl").notTranslated())
                .isFalse();
    }

    @Test
    void ignoresAnUnknownOrOddlyWrittenLanguageCode() {
        assertThat(OfferPageLanguage.choose(WRITTEN, "xx", "en").shown()).isEqualTo("en");
        assertThat(OfferPageLanguage.choose(WRITTEN, " AR ", "nl").shown()).isEqualTo("ar");
        assertThat(OfferPageLanguage.choose(WRITTEN, "", "nl").notTranslated()).isFalse();
    }
}
