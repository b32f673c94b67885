package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** What the search form offers to choose from, and what the family chose, for the template. */
final class SearchForm {

    static final SearchForm INSTANCE = new SearchForm();

    private SearchForm() {}

    /** The ages in whole years after "under one year" (0). */
    public List<Integer> years() {
        return IntStream.rangeClosed(1, 24).boxed().toList();
    }

    public String pregnant() {
        return SearchRequest.PREGNANT;
    }

    public List<LifeDomain> themes() {
        return Arrays.asList(LifeDomain.values());
    }

    public List<String> languages() {
        return ContentLanguage.ALL;
    }

    public String languageName(String code) {
        return ContentLanguage.nativeName(code);
    }

    public boolean rightToLeft(String code) {
        return ContentLanguage.isRightToLeft(code);
    }

    public List<Integer> radii() {
        return List.of(5, 10, 25, 50);
    }

    public int defaultRadius() {
        return SearchRequest.DEFAULT_KM;
    }

    public List<Integer> days() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::getValue).toList();
    }

    public List<SearchOrder> orders() {
        return Arrays.asList(SearchOrder.values());
    }

    /** The values as the family sent them, to show the form filled in again. */
    record Chosen(SearchRequest request, ResultParameters parameters) {

        public boolean age(String value) {
            return value.equals(strip(request.getAge()));
        }

        public boolean theme(LifeDomain theme) {
            return request.getTheme().stream().anyMatch(t -> t.strip().equalsIgnoreCase(theme.name()));
        }

        public boolean language(String code) {
            return code.equals(strip(request.getLanguage()));
        }

        public boolean free() {
            String free = strip(request.getFree());
            return free != null && (free.equalsIgnoreCase("true") || free.equals("on") || free.equals("1"));
        }

        public boolean km(int value) {
            String km = strip(request.getKm());
            return km == null ? value == SearchRequest.DEFAULT_KM : km.equals(String.valueOf(value));
        }

        public boolean day(int value) {
            return request.getDay().stream()
                    .anyMatch(d -> d.strip().equals(String.valueOf(value))
                            || d.strip().equalsIgnoreCase(DayOfWeek.of(value).name()));
        }

        public boolean textLanguage(String code) {
            String in = strip(parameters.in());
            return in == null ? code.equals(ContentLanguage.DUTCH) : code.equals(in);
        }

        public boolean order(SearchOrder order) {
            String sort = strip(parameters.sort());
            return sort == null
                    ? order == SearchOrder.RELEVANCE
                    : order.parameter().equalsIgnoreCase(sort);
        }

        /** Whether a filter behind "more filters" is set, so that it opens. */
        public boolean moreFilters() {
            return !request.getTheme().isEmpty()
                    || strip(request.getLanguage()) != null
                    || !request.getDay().isEmpty()
                    || strip(parameters.in()) != null
                    || strip(parameters.sort()) != null;
        }

        private static @Nullable String strip(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
