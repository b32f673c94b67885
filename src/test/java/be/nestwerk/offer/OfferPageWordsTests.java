package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The offer page's five B's in words, with the real message bundles. */
class OfferPageWordsTests {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    static FiveBs words(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/offer", "messages/offer-page");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return new FiveBs(messages, locale);
    }

    @Test
    void saysAgesInPlainWordsFromPregnancyInMonthsAndYears() {
        FiveBs dutch = words(DUTCH);
        assertThat(dutch.ages(new AgeRange(-9, 36))).isEqualTo("Van de zwangerschap tot 3 jaar");
        assertThat(dutch.ages(new AgeRange(0, 36))).isEqualTo("Van de geboorte tot 3 jaar");
        assertThat(dutch.ages(new AgeRange(18, 48))).isEqualTo("Van 18 maanden tot 4 jaar");
        assertThat(dutch.ages(new AgeRange(-9, 0))).isEqualTo("Tijdens de zwangerschap");
        assertThat(words(Locale.ENGLISH).ages(new AgeRange(12, 288))).isEqualTo("From 1 year to 24 years");
        assertThat(words(Locale.FRENCH).ages(new AgeRange(-9, 144))).isEqualTo("De la grossesse à 12 ans");
    }

    @Test
    void saysWhatItCostsInEuroAsBelgiansWriteIt() {
        List<String> costs = words(DUTCH)
                .costs(List.of(
                        new Cost(CostKind.FIXED_PRICE, new BigDecimal("40.00"), null),
                        new Cost(CostKind.INCOME_RELATED, new BigDecimal("2.46"), new BigDecimal("33.65")),
                        new Cost(CostKind.UITPAS_REDUCED, new BigDecimal("2"), null)))
                .stream()
                .map(OfferPageWordsTests::plainSpaces)
                .toList();

        assertThat(costs)
                .containsExactly(
                        "Prijs: € 40,00",
                        "Prijs volgens uw inkomen: van € 2,46 tot € 33,65",
                        "Met UiTPAS aan kansentarief: € 2,00");
        assertThat(words(DUTCH).costs(List.of())).containsExactly("Gratis");
        assertThat(plainSpaces(words(Locale.FRENCH).euro(new BigDecimal("3")))).isEqualTo("3,00 €");
    }

    @Test
    void groupsOpeningHoursByDayFromMondayInTheLanguageOfTheSite() {
        Place place =
                new Place(UUID.randomUUID(), "Huis", "Straat 1", "2800", null, null, null, null, null, true, false);
        List<OpeningHours> hours = List.of(
                new OpeningHours(null, DayOfWeek.THURSDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new OpeningHours(null, DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                new OpeningHours(null, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

        assertThat(words(DUTCH).openingHours(hours, List.of(place)))
                .containsExactly(
                        new FiveBs.DayHours("Dinsdag", List.of("09:00–12:00", "13:00–16:00")),
                        new FiveBs.DayHours("Donderdag", List.of("13:30–17:00")));
        assertThat(words(Locale.FRENCH)
                        .openingHours(hours, List.of(place))
                        .get(0)
                        .day())
                .isEqualTo("Mardi");
    }

    @Test
    void listsOnlyClosuresThatAreNotOverYet() {
        LocalDate today = LocalDate.of(2026, 7, 10);
        List<FiveBs.ClosureLine> closures = words(DUTCH)
                .closures(
                        List.of(
                                new Closure(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 9), "Voorbij"),
                                new Closure(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 2), "Zomer"),
                                new Closure(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10), null)),
                        today);

        assertThat(closures)
                .containsExactly(
                        new FiveBs.ClosureLine("Gesloten op vrijdag 10 juli 2026", null),
                        new FiveBs.ClosureLine(
                                "Gesloten van maandag 20 juli 2026 tot en met zondag 2 augustus 2026", "Zomer"));
    }

    @Test
    void saysWhenASessionIsInBelgianTimeAndHowManyPlacesAreLeft() {
        ZonedDateTime starts = ZonedDateTime.of(2026, 3, 14, 10, 30, 0, 0, SessionOccurrences.BELGIUM);
        SessionView session = new SessionView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                starts.toInstant(),
                starts.plusMinutes(45).toInstant(),
                12,
                1);

        FiveBs.SessionLine line = words(DUTCH).session(session, null);

        assertThat(line.date()).isEqualTo("Zaterdag 14 maart 2026");
        assertThat(line.time()).isEqualTo("10:30–11:15");
        assertThat(line.places()).isEqualTo("Nog 1 plaats vrij");
        assertThat(line.full()).isFalse();
        SessionView full = new SessionView(
                session.id(), session.offerId(), session.seriesId(), null, session.startsAt(), session.endsAt(), 12, 0);
        assertThat(words(Locale.ENGLISH).session(full, null).places()).isEqualTo("Full");
        assertThat(words(Locale.ENGLISH).session(full, null).full()).isTrue();
    }

    @Test
    void sharesByEmailAndWhatsAppWithTheNameAndTheAddressEncoded() {
        ShareLinks links = ShareLinks.of("https://nestwerk.example.org/offers/1?in=ar", "Baby's & peuters");

        assertThat(links.email())
                .isEqualTo("mailto:?subject=Baby%27s%20%26%20peuters"
                        + "&body=Baby%27s%20%26%20peuters%0Ahttps%3A%2F%2Fnestwerk.example.org%2Foffers%2F1%3Fin%3Dar");
        assertThat(links.whatsApp())
                .isEqualTo("https://wa.me/?text=Baby%27s%20%26%20peuters%20"
                        + "https%3A%2F%2Fnestwerk.example.org%2Foffers%2F1%3Fin%3Dar");
    }

    static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
