package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferDescription.Field;
import be.nestwerk.offer.VersionDifferences.Change;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class OfferReviewDifferencesTests {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    final OfferDescription description = new OfferDescription(messages(), new OfferTaxonomy());

    @Test
    void describesEveryFieldInWordsOfTheReadersLanguage() {
        OfferContent activity = OfferFixtures.activity("Babymassage", java.time.LocalDate.of(2026, 9, 14));

        List<Field> dutch = description.describe(activity, DUTCH);
        List<Field> english = description.describe(activity, Locale.ENGLISH);

        assertThat(line(dutch, "kind")).isEqualTo("Activiteit");
        assertThat(line(english, "kind")).isEqualTo("Activity");
        assertThat(label(dutch, "texts.nl.name")).isEqualTo("Naam (Nederlands)");
        assertThat(line(dutch, "texts.nl.name")).isEqualTo("Babymassage");
        assertThat(line(dutch, "ages")).isEqualTo("van -9 tot 288 maanden");
        assertThat(line(dutch, "costs")).isEqualTo("Gratis");
        assertThat(line(dutch, "places")).isEqualTo("Testplek, Grote Markt 1, 2800 (rolstoeltoegankelijk)");
        assertThat(line(dutch, "sessions"))
                .isEqualTo("14/09/2026 van 10:00 tot 11:30, herhaling FREQ=WEEKLY;COUNT=10, 12 plaatsen, 5 vrij"
                        + " — Testplek");
        assertThat(line(english, "universal")).isEqualTo("Yes");
        assertThat(fieldOf(dutch, "texts.nl.description").lines()).isEmpty();
    }

    @Test
    void listsOnlyTheFieldsThatChangedWithTheirOldAndNewValue() {
        OfferContent published = OfferFixtures.service("Spreekuur");
        OfferContent candidate = with(
                published,
                Map.of(
                        "nl",
                                new OfferText(
                                        "Spreekuur opvoeden",
                                        "Korte uitleg over Spreekuur",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                        "fr", new OfferText("Permanence", null, null, null, null, null, null)),
                List.of(new Cost(CostKind.FIXED_PRICE, new BigDecimal("2.5"), null)));

        List<Change> changes = VersionDifferences.between(
                description.describe(published, DUTCH), description.describe(candidate, DUTCH));

        assertThat(changes)
                .extracting(Change::label, Change::before, Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Naam (Nederlands)", List.of("Spreekuur"), List.of("Spreekuur opvoeden")),
                        org.assertj.core.groups.Tuple.tuple("Naam (Français)", List.of(), List.of("Permanence")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Prijs", List.of("Gratis"), List.of("Vaste prijs: € 2,50")));
        assertThat(changes.get(1).added()).isTrue();
    }

    @Test
    void reportsARemovedTranslationAsEmptiedAndSameContentAsNoChange() {
        OfferContent service = OfferFixtures.service("Spreekuur");
        OfferContent translated = with(
                service,
                Map.of("nl", service.text("nl"), "en", new OfferText("Drop-in", null, null, null, null, null, null)),
                service.costs());

        List<Change> removed = VersionDifferences.between(
                description.describe(translated, DUTCH), description.describe(service, DUTCH));

        assertThat(removed).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("Naam (English)");
            assertThat(change.removed()).isTrue();
        });
        assertThat(VersionDifferences.between(
                        description.describe(service, DUTCH), description.describe(service, DUTCH)))
                .isEmpty();
    }

    private static OfferContent with(OfferContent c, Map<String, OfferText> texts, List<Cost> costs) {
        return c.toBuilder().texts(texts).costs(costs).build();
    }

    private static Field fieldOf(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static String line(List<Field> fields, String key) {
        return String.join(" | ", fieldOf(fields, key).lines());
    }

    private static String label(List<Field> fields, String key) {
        return fieldOf(fields, key).label();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/partner", "messages/offer", "messages/offer-review");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
