package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class AreaRuleMessagesTests {

    private final AreaRuleMessages messages = new AreaRuleMessages(bundle());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesTheOtherNetworkAndTheSectorsPerMunicipality() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));

        String text = messages.overlap(
                "Huis van het Kind Rivierenland",
                List.of(sector("12025A011", "Vlietse"), sector("12025A031", "Melaan"), sector("12025A05-", "Gasthuis")),
                Map.of("12025", 105));

        assertThat(text)
                .isEqualTo(
                        "Overlapt met het werkingsgebied van Huis van het Kind Rivierenland: Mechelen (3 sectoren: Gasthuis,"
                                + " Melaan, Vlietse).");
    }

    @Test
    void saysAWholeMunicipalityOverlapsInsteadOfListingAllItsSectors() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        List<TerritoryUnitInfo> all = IntStream.range(0, 12)
                .mapToObj(i -> sector("12025A0" + (10 + i), "Sector " + i))
                .toList();

        assertThat(messages.where(all, Map.of("12025", 12))).isEqualTo("Mechelen (alle 12 sectoren)");
    }

    @Test
    void namesAFewSectorsAndCountsTheRest() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        List<TerritoryUnitInfo> some = IntStream.range(0, 8)
                .mapToObj(i -> sector("12025A0" + (10 + i), "Sector " + i))
                .toList();

        assertThat(messages.where(some, Map.of("12025", 105)))
                .isEqualTo("Mechelen (8 sectors: Sector 0, Sector 1, Sector 2, Sector 3, Sector 4 and 3 more)");
    }

    @Test
    void speaksFrenchWithItsApostrophes() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fr"));

        assertThat(messages.outsideParent(
                        "Huis van het Kind Rivierenland",
                        List.of(sector("12025A011", "Vlietse")),
                        Map.of("12025", 105)))
                .isEqualTo("Se trouve en dehors de la zone d'action de Huis van het Kind Rivierenland :"
                        + " Mechelen (1 secteur : Vlietse).");
    }

    private static TerritoryUnitInfo sector(String code, String name) {
        return new TerritoryUnitInfo(FieldUnitType.SECTOR, code, name, "12025", "Mechelen", "12025A", null, null);
    }

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/network");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
