package be.nestwerk.offer;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.territory.MunicipalityView;
import be.nestwerk.territory.Territory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters as they arrive (pages, JSON API, calendar and iCal share them), and their checked form.
 * Names: q, age (years, or "pregnant"), months, born (yyyy-mm-dd), pregnant, theme (repeatable), language, free, place
 * (postcode, municipality name or NIS code), km, day (1–7 or MONDAY…, repeatable).
 */
public class SearchRequest {

    public static final int MAX_TEXT = 200;
    public static final int DEFAULT_KM = 10;
    public static final int MAX_KM = 100;

    /** The value of "age" that means "I am pregnant" (the age select of the search form offers it first). */
    public static final String PREGNANT = "pregnant";

    private @Nullable String q;
    private @Nullable String age;
    private @Nullable String months;
    private @Nullable String born;
    private @Nullable String pregnant;
    private List<String> theme = new ArrayList<>();
    private @Nullable String language;
    private @Nullable String free;
    private @Nullable String place;
    private @Nullable String km;
    private List<String> day = new ArrayList<>();

    /** The request made of parameters as the servlet API gives them (name → values), without data binding. */
    public static SearchRequest of(Map<String, String[]> parameters) {
        SearchRequest request = new SearchRequest();
        request.q = first(parameters, "q");
        request.age = first(parameters, "age");
        request.months = first(parameters, "months");
        request.born = first(parameters, "born");
        request.pregnant = first(parameters, "pregnant");
        request.theme = all(parameters, "theme");
        request.language = first(parameters, "language");
        request.free = first(parameters, "free");
        request.place = first(parameters, "place");
        request.km = first(parameters, "km");
        request.day = all(parameters, "day");
        return request;
    }

    static @Nullable String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(values));
    }

    /** The checked criteria, or the problems (message keys with the parameter name as field). */
    public SearchCriteria criteria(Territory territory, Clock clock) {
        return criteria(value -> locate(territory, value), clock);
    }

    /** The checked criteria, with places looked up by {@code places} (e.g. a cache of the territory). */
    public SearchCriteria criteria(Places places, Clock clock) {
        List<ContentProblem> problems = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(ContentProblem.of("q", "offer.search.problem.text", MAX_TEXT));
        }
        Integer ageMonths = ageMonths(clock, problems);
        Set<LifeDomain> themes = EnumSet.noneOf(LifeDomain.class);
        for (String code : theme) {
            try {
                themes.add(LifeDomain.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(ContentProblem.of("theme", "offer.search.problem.theme", code));
            }
        }
        String languageCode = blankToNull(language);
        if (languageCode != null && !ContentLanguage.isKnown(languageCode)) {
            problems.add(ContentProblem.of("language", "offer.search.problem.language", languageCode));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String value : day) {
            dayOf(value)
                    .ifPresentOrElse(
                            days::add, () -> problems.add(ContentProblem.of("day", "offer.search.problem.day", value)));
        }
        Near near = near(places, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSearchException(problems);
        }
        return new SearchCriteria(text, ageMonths, isPregnant(), themes, languageCode, isTrue(free), near, days, null);
    }

    /** The parameters as one string: equal for two requests that ask the same (the order of repeated values aside). */
    public String key() {
        return String.join(
                "\u0000",
                String.valueOf(q),
                String.valueOf(age),
                String.valueOf(months),
                String.valueOf(born),
                String.valueOf(pregnant),
                String.join(",", theme.stream().sorted().toList()),
                String.valueOf(language),
                String.valueOf(free),
                String.valueOf(place),
                String.valueOf(km),
                String.join(",", day.stream().sorted().toList()));
    }

    private boolean isPregnant() {
        return isTrue(pregnant) || PREGNANT.equalsIgnoreCase(String.valueOf(age).strip());
    }

    private @Nullable Integer ageMonths(Clock clock, List<ContentProblem> problems) {
        if (blankToNull(born) != null) {
            try {
                LocalDate birth = LocalDate.parse(born.strip());
                LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
                // An expected birth date (a pregnancy) gives a negative age: −1 in the last month before birth.
                int value = birth.isAfter(today)
                        ? -(int) ChronoUnit.MONTHS.between(today, birth) - 1
                        : (int) ChronoUnit.MONTHS.between(birth, today);
                if (value < -9 || value > 288) {
                    problems.add(ContentProblem.of("born", "offer.search.problem.born"));
                    return null;
                }
                return value;
            } catch (DateTimeParseException invalid) {
                problems.add(ContentProblem.of("born", "offer.search.problem.born"));
                return null;
            }
        }
        if (blankToNull(months) != null) {
            return number(months, -9, 288, "months", problems);
        }
        if (blankToNull(age) != null && !PREGNANT.equalsIgnoreCase(age.strip())) {
            Integer years = number(age, 0, 24, "age", problems);
            return years == null ? null : Math.min(years * 12, 288);
        }
        return null;
    }

    private @Nullable Near near(Places places, List<ContentProblem> problems) {
        String where = blankToNull(place);
        Integer radius = blankToNull(km) == null ? Integer.valueOf(DEFAULT_KM) : number(km, 1, MAX_KM, "km", problems);
        if (where == null || radius == null) {
            return null;
        }
        String value = where.strip();
        return places.locate(value).map(found -> found.within(radius)).orElseGet(() -> unknownPlace(value, problems));
    }

    /** Where a typed place lies; {@link #locate(Territory, String)} asks the territory. */
    @FunctionalInterface
    public interface Places {

        /** The place with a radius of 0, or empty when it is no known postcode, municipality or NIS code. */
        Optional<Near> locate(String place);
    }

    /** A four-digit postcode (its main locality), a five-digit NIS code, or else the best matching municipality. */
    public static Optional<Near> locate(Territory territory, String value) {
        if (value.matches("[0-9]{4}")) {
            return territory
                    .locatePostcode(value)
                    .map(at -> new Near(
                            value + " " + at.locality(), at.latitude(), at.longitude(), 0, value, at.nisCode()));
        }
        Optional<MunicipalityView> municipality = value.matches("[0-9]{5}")
                ? territory.municipality(value)
                : territory.findMunicipalities(value).stream().findFirst();
        return municipality.map(m -> new Near(m.nameNl(), m.centroidLat(), m.centroidLon(), 0, null, m.nisCode()));
    }

    private static @Nullable Near unknownPlace(String value, List<ContentProblem> problems) {
        problems.add(ContentProblem.of("place", "offer.search.problem.place", value));
        return null;
    }

    private static Optional<DayOfWeek> dayOf(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.matches("[1-7]")) {
            return Optional.of(DayOfWeek.of(Integer.parseInt(v)));
        }
        try {
            return Optional.of(DayOfWeek.valueOf(v));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static @Nullable Integer number(
            String value, int min, int max, String field, List<ContentProblem> problems) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException invalid) {
            // reported below
        }
        problems.add(ContentProblem.of(field, "offer.search.problem.range", min, max));
        return null;
    }

    private static boolean isTrue(@Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("on") || value.equals("1"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable String getAge() {
        return age;
    }

    public void setAge(@Nullable String age) {
        this.age = age;
    }

    public @Nullable String getMonths() {
        return months;
    }

    public void setMonths(@Nullable String months) {
        this.months = months;
    }

    public @Nullable String getBorn() {
        return born;
    }

    public void setBorn(@Nullable String born) {
        this.born = born;
    }

    public @Nullable String getPregnant() {
        return pregnant;
    }

    public void setPregnant(@Nullable String pregnant) {
        this.pregnant = pregnant;
    }

    public List<String> getTheme() {
        return theme;
    }

    public void setTheme(List<String> theme) {
        this.theme = theme;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public @Nullable String getFree() {
        return free;
    }

    public void setFree(@Nullable String free) {
        this.free = free;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getKm() {
        return km;
    }

    public void setKm(@Nullable String km) {
        this.km = km;
    }

    public List<String> getDay() {
        return day;
    }

    public void setDay(List<String> day) {
        this.day = day;
    }
}
