package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.nestwerk.territory.MunicipalityView;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfferSearchRequestTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    Territory territory = mock(Territory.class);
    SearchRequest request = new SearchRequest();

    @BeforeEach
    void mechelen() {
        when(territory.locatePostcode("2800"))
                .thenReturn(Optional.of(new PostcodeLocation("2800", "Mechelen", "12025", "Mechelen", 51.03, 4.48)));
        when(territory.locatePostcode("9999")).thenReturn(Optional.empty());
        when(territory.findMunicipalities("mechelen"))
                .thenReturn(List.of(
                        new MunicipalityView("12025", "Mechelen", "Malines", "Antwerpen", "Vlaanderen", 51.02, 4.47)));
    }

    @Test
    void readsPregnancyFromTheAgeSelectAndAnExpectedBirthAsANegativeAge() {
        request.setAge("pregnant");
        assertThat(criteria().pregnant()).isTrue();
        assertThat(criteria().ageMonths()).isNull();

        request.setAge("3");
        request.setBorn("2026-08-20");
        assertThat(criteria().ageMonths()).isEqualTo(-3);
        assertThat(criteria().pregnant()).isFalse();

        request.setBorn("2025-06-01");
        assertThat(criteria().ageMonths()).isEqualTo(12);
    }

    @Test
    void findsThePlaceByPostcodeOrMunicipalityWithTenKilometresUnlessTold() {
        request.setPlace("2800");
        assertThat(criteria().near())
                .isEqualTo(new SearchCriteria.Near("2800 Mechelen", 51.03, 4.48, 10, "2800", "12025"));

        request.setPlace("mechelen");
        request.setKm("25");
        assertThat(criteria().near()).isEqualTo(new SearchCriteria.Near("Mechelen", 51.02, 4.47, 25, null, "12025"));
    }

    @Test
    void reportsEveryProblemAtOnceAndARadiusOutOfRangeIsOneOfThem() {
        request.setPlace("9999");
        request.setKm("0");
        request.setAge("25");
        request.setDay(List.of("8"));
        request.setTheme(List.of("NOPE"));
        request.setLanguage("xx");

        assertThatThrownBy(this::criteria)
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e)
                        .problems().stream().map(ContentProblem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("km", "age", "day", "theme", "language");
    }

    @Test
    void readsDaysAsNumbersOrNamesAndThemesInAnyCase() {
        request.setDay(List.of("1", "sunday"));
        request.setTheme(List.of("childcare"));
        request.setFree("on");

        SearchCriteria criteria = criteria();

        assertThat(criteria.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(criteria.themes()).containsExactly(LifeDomain.CHILDCARE);
        assertThat(criteria.freeOnly()).isTrue();
    }

    @Test
    void keysTwoRequestsThatAskTheSameAlike() {
        SearchRequest other = new SearchRequest();
        request.setDay(List.of("1", "3"));
        other.setDay(List.of("3", "1"));
        assertThat(request.key()).isEqualTo(other.key());

        other.setQ("opvang");
        assertThat(request.key()).isNotEqualTo(other.key());
    }

    @Test
    void checksTheResultOptions() {
        List<ContentProblem> problems = new ArrayList<>();

        SearchOptions fine = SearchOptions.of("ar", "distance", "2", "50", problems);
        assertThat(fine).isEqualTo(new SearchOptions("ar", SearchOrder.DISTANCE, 2, 50));
        assertThat(fine.offset()).isEqualTo(100);
        assertThat(problems).isEmpty();

        SearchOptions defaults = SearchOptions.of(null, "", null, null, problems);
        assertThat(defaults).isEqualTo(SearchOptions.firstPage());

        SearchOptions.of("xx", "random", "-1", "51", problems);
        assertThat(problems).extracting(ContentProblem::field).containsExactly("in", "sort", "page", "size");
        assertThat(Set.copyOf(problems.stream().map(ContentProblem::messageKey).toList()))
                .containsExactlyInAnyOrder(
                        "offer.search.problem.language", "offer.search.problem.sort", "offer.search.problem.range");
    }

    private SearchCriteria criteria() {
        return request.criteria(territory, CLOCK);
    }
}
