package be.nestwerk.offer;

import static be.nestwerk.offer.CalendarFixtures.activity;
import static be.nestwerk.offer.CalendarFixtures.once;
import static be.nestwerk.offer.CalendarFixtures.publicPlace;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@NestwerkIntegrationTest
class ActivityCalendarIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActivityCalendar calendar;

    Scene scene;
    LocalDate today;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
        today = LocalDate.now(SessionOccurrences.BELGIUM);
    }

    @Test
    void aWeekRunsFromMondayToMondayMidnightInBelgiumAcrossTheChangeToSummerTime() {
        LocalDate changeDay = lastSunday(Month.MARCH);
        LocalDate monday = changeDay.minusDays(6);
        Place hall = publicPlace("Sporthal");
        publish(activity(
                "Nachtwandeling",
                List.of(hall),
                List.of(
                        once(hall, monday, "00:15", "01:00"),
                        once(hall, changeDay, "23:30", "23:59"),
                        once(hall, changeDay.plusDays(1), "00:30", "01:30"))));

        List<CalendarEntry> week = week(monday);

        assertThat(week)
                .extracting(entry -> entry.startsAt().toLocalDateTime())
                .containsExactly(monday.atTime(0, 15), changeDay.atTime(23, 30));
        assertThat(week(changeDay.plusDays(1)))
                .extracting(entry -> entry.startsAt().toLocalDateTime())
                .containsExactly(changeDay.plusDays(1).atTime(0, 30));
        assertThat(week.get(1).startsAt().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(week.get(0).startsAt().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastDayInBelgiumAcrossTheChangeToWinterTime() {
        LocalDate changeDay = lastSunday(Month.OCTOBER);
        YearMonth october = YearMonth.from(changeDay);
        Place hall = publicPlace("Sporthal");
        publish(activity(
                "Herfstspel",
                List.of(hall),
                List.of(
                        once(hall, october.atDay(1), "00:15", "01:00"),
                        once(hall, changeDay, "10:00", "11:00"),
                        once(hall, october.atEndOfMonth(), "23:30", "23:59"),
                        once(hall, october.plusMonths(1).atDay(1), "00:15", "01:00"))));

        CalendarPeriod month = CalendarPeriod.month(changeDay);
        List<CalendarEntry> entries = calendar.entries(criteria(), month.start(), month.end(), "nl", 50);

        assertThat(entries)
                .extracting(entry -> entry.startsAt().toLocalDateTime())
                .containsExactly(
                        october.atDay(1).atTime(0, 15),
                        changeDay.atTime(10, 0),
                        october.atEndOfMonth().atTime(23, 30));
        assertThat(entries.get(1).startsAt().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void aSessionAtAConfidentialPlaceShowsNoAddressAndTheOthersShowTheirs() {
        Place hall = publicPlace("Sporthal De Nekker");
        Place shelter = CalendarFixtures.confidentialPlace();
        LocalDate day = today.plusDays(7);
        publish(activity(
                "Praatgroep",
                List.of(hall, shelter),
                List.of(once(hall, day, "10:00", "11:00"), once(shelter, day, "14:00", "15:00"))));

        List<CalendarEntry> entries = week(day);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).address()).isEqualTo("Sporthal De Nekker, Grote Markt 1, 2800 Mechelen");
        assertThat(entries.get(1).place()).isNull();
        assertThat(entries.get(1).address()).isNull();
        assertThat(entries)
                .allSatisfy(entry -> assertThat(String.valueOf(entry))
                        .doesNotContain("Geheimstraat")
                        .doesNotContain("Vluchthuis"));
    }

    @Test
    void filtersOnAgeThemePriceLanguageTextAndTheSessionsWeekday() {
        Place hall = publicPlace("Zaal");
        LocalDate monday = today.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String word = CalendarFixtures.uniqueWord();
        UUID toddlers = publish(activity(
                        "Peuterdans " + word,
                        List.of(hall),
                        List.of(
                                once(hall, monday.plusDays(2), "10:00", "11:00"),
                                once(hall, monday.plusDays(5), "10:00", "11:00")))
                .ages(12, 48)
                .themes(LifeDomain.CULTURE_SPORT_LEISURE)
                .offeredIn("nl", "fr"));
        Place pool = publicPlace("Zwembad");
        UUID swimming = publish(
                activity("Zwemles " + word, List.of(pool), List.of(once(pool, monday.plusDays(2), "16:00", "17:00")))
                        .ages(72, 144)
                        .themes(LifeDomain.HEALTHCARE)
                        .price("5.00"));

        assertThat(offers(criteria())).containsExactlyInAnyOrder(toddlers, swimming);
        assertThat(offers(criteria().withText(word))).containsExactlyInAnyOrder(toddlers, swimming);
        assertThat(offers(criteria().withText("zwemles " + word))).containsExactly(swimming);
        assertThat(offers(new SearchCriteria(null, 24, false, Set.of(), null, false, null, Set.of(), id())))
                .containsExactly(toddlers);
        assertThat(offers(new SearchCriteria(
                        null, null, false, Set.of(LifeDomain.HEALTHCARE), null, false, null, Set.of(), id())))
                .containsExactly(swimming);
        assertThat(offers(new SearchCriteria(null, null, false, Set.of(), "fr", false, null, Set.of(), id())))
                .containsExactly(toddlers);
        assertThat(offers(new SearchCriteria(null, null, false, Set.of(), null, true, null, Set.of(), id())))
                .containsExactly(toddlers);
        List<CalendarEntry> saturdays = week(
                monday,
                new SearchCriteria(null, null, false, Set.of(), null, false, null, Set.of(DayOfWeek.SATURDAY), id()));
        assertThat(saturdays).extracting(CalendarEntry::day).containsExactly(monday.plusDays(5));
    }

    @Test
    void showsOnlyTheOwnNetworksActivitiesInANetworkAndAllInFlanders() {
        String word = CalendarFixtures.uniqueWord();
        Place hall = publicPlace("Zaal");
        LocalDate day = today.plusDays(3);
        UUID own = publish(activity("Voorlezen " + word, List.of(hall), List.of(once(hall, day, "10:00", "11:00"))));
        Scene other = OfferFixtures.scene(context);
        Place elsewhere = publicPlace("Bib");
        UUID foreign = OfferFixtures.published(
                context,
                other,
                activity("Voorlezen " + word, List.of(elsewhere), List.of(once(elsewhere, day, "10:00", "11:00")))
                        .content());

        SearchCriteria text = SearchCriteria.everything().withText(word);
        assertThat(offers(week(day, text.inNetwork(id())))).containsExactly(own);
        assertThat(offers(week(day, text.inNetwork(other.network().id())))).containsExactly(foreign);
        assertThat(offers(week(day, text))).containsExactlyInAnyOrder(own, foreign);
    }

    @Test
    void leavesOutInactiveOffersAndOrdersTheRestByStartTime() {
        LocalDate day = today.plusDays(8);
        UUID late = publish(oneSession("Avondgroep", day, "19:00", "20:00"));
        UUID early = publish(oneSession("Ochtendgroep", day, "09:00", "10:00"));
        publish(oneSession("Gestopt", day, "12:00", "13:00").status(OfferStatus.INACTIVE));

        assertThat(week(day)).extracting(CalendarEntry::offerId).containsExactly(early, late);
    }

    @Test
    void namesTheOfferInTheAskedLanguageOrInDutchMarkedAsUntranslated() {
        Place hall = publicPlace("Zaal");
        LocalDate day = today.plusDays(4);
        publish(activity("Ouderkoffie", List.of(hall), List.of(once(hall, day, "09:00", "11:00")))
                .text("ar", "قهوة الوالدين", "قهوة وحديث"));

        CalendarEntry arabic = week(day, criteria(), "ar").get(0);
        assertThat(arabic.name()).isEqualTo("قهوة الوالدين");
        assertThat(arabic.translated()).isTrue();
        assertThat(arabic.rightToLeft()).isTrue();
        CalendarEntry turkish = week(day, criteria(), "tr").get(0);
        assertThat(turkish.name()).isEqualTo("Ouderkoffie");
        assertThat(turkish.language()).isEqualTo("nl");
        assertThat(turkish.translated()).isFalse();
    }

    @Test
    void tellsPlacesLeftAndFullAndTheWayToRegister() {
        Place hall = publicPlace("Zaal");
        LocalDate day = today.plusDays(5);
        OfferContent.SessionSeries full = new OfferContent.SessionSeries(
                UUID.randomUUID(), hall.id(), day, LocalTime.of(14, 0), LocalTime.of(15, 0), null, 8, 0, null, null);
        publish(activity("Kookles", List.of(hall), List.of(once(hall, day, "10:00", "11:00"), full)));

        List<CalendarEntry> entries = week(day);

        assertThat(entries.get(0).placesLeft()).isEqualTo(4);
        assertThat(entries.get(0).full()).isFalse();
        assertThat(entries.get(0).registrationUrl()).isEqualTo("https://inschrijven.example.org/kalender");
        assertThat(entries.get(1).full()).isTrue();
    }

    @Test
    void pagesThroughAPeriodWithTheCountOfAllItsSessions() {
        Place hall = publicPlace("Zaal");
        LocalDate monday = today.plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        publish(activity(
                "Elke dag",
                List.of(hall),
                List.of(CalendarFixtures.weekly(hall, monday, "FREQ=DAILY;COUNT=7", null, null))));
        CalendarPeriod week = CalendarPeriod.of(CalendarPeriod.View.WEEK, monday);

        ActivityCalendar.Page second = calendar.page(criteria(), week.start(), week.end(), "nl", 1, 3);

        assertThat(second.total()).isEqualTo(7);
        assertThat(second.entries())
                .extracting(CalendarEntry::day)
                .containsExactly(monday.plusDays(3), monday.plusDays(4), monday.plusDays(5));
    }

    /** Every offer has its own place: a place's id is the published location's. */
    private static CalendarFixtures.Activity oneSession(String name, LocalDate day, String starts, String ends) {
        Place hall = publicPlace("Zaal");
        return activity(name, List.of(hall), List.of(once(hall, day, starts, ends)));
    }

    private UUID publish(CalendarFixtures.Activity activity) {
        return OfferFixtures.published(context, scene, activity.content());
    }

    private UUID id() {
        return scene.network().id();
    }

    private SearchCriteria criteria() {
        return SearchCriteria.everything().inNetwork(id());
    }

    private List<CalendarEntry> week(LocalDate day) {
        return week(day, criteria());
    }

    private List<CalendarEntry> week(LocalDate day, SearchCriteria criteria) {
        return week(day, criteria, "nl");
    }

    private List<CalendarEntry> week(LocalDate day, SearchCriteria criteria, String language) {
        CalendarPeriod week = CalendarPeriod.of(CalendarPeriod.View.WEEK, day);
        return calendar.entries(criteria, week.start(), week.end(), language, 200);
    }

    private List<UUID> offers(SearchCriteria criteria) {
        CalendarPeriod soon = CalendarPeriod.of(CalendarPeriod.View.MONTH, today);
        return calendar.entries(criteria, soon.start(), soon.next().next().end(), "nl", 500).stream()
                .map(CalendarEntry::offerId)
                .distinct()
                .toList();
    }

    private static List<UUID> offers(List<CalendarEntry> entries) {
        return entries.stream().map(CalendarEntry::offerId).distinct().toList();
    }

    /** The next last Sunday of the month (a change of summer time) that lies ahead. */
    private LocalDate lastSunday(Month month) {
        for (int year = today.getYear(); ; year++) {
            LocalDate sunday =
                    YearMonth.of(year, month).atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            if (sunday.isAfter(today)) {
                return sunday;
            }
        }
    }
}
