package be.nestwerk.offer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a family wants the results, apart from what they look for: the content language of the texts ({@code in}),
 * the order, and which page of how many results.
 *
 * @param textLanguage the content language of names and summaries; Dutch where an offer has no such translation
 * @param page counted from 0
 */
public record SearchOptions(String textLanguage, SearchOrder order, int page, int size) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_SIZE = 50;
    /** Deep pages cost the database the rows before them; nobody reads 10,000 results one page at a time. */
    public static final int MAX_PAGE = 500;

    public static SearchOptions firstPage() {
        return new SearchOptions(ContentLanguage.DUTCH, SearchOrder.RELEVANCE, 0, PAGE_SIZE);
    }

    /** The checked options; problems are added with the parameter name as field. */
    static SearchOptions of(
            @Nullable String in,
            @Nullable String sort,
            @Nullable String page,
            @Nullable String size,
            List<ContentProblem> problems) {
        String language = ContentLanguage.DUTCH;
        if (in != null && !in.isBlank()) {
            if (ContentLanguage.isKnown(in.strip())) {
                language = in.strip();
            } else {
                problems.add(ContentProblem.of("in", "offer.search.problem.language", in));
            }
        }
        SearchOrder order = SearchOrder.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            order = SearchOrder.of(sort).orElse(null);
            if (order == null) {
                problems.add(ContentProblem.of("sort", "offer.search.problem.sort", sort));
                order = SearchOrder.RELEVANCE;
            }
        }
        return new SearchOptions(
                language,
                order,
                number(page, 0, 0, MAX_PAGE, "page", problems),
                number(size, PAGE_SIZE, 1, MAX_SIZE, "size", problems));
    }

    SearchOptions withPage(int number) {
        return new SearchOptions(textLanguage, order, number, size);
    }

    long offset() {
        return (long) page * size;
    }

    private static int number(
            @Nullable String value, int fallback, int min, int max, String field, List<ContentProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException invalid) {
            // reported below
        }
        problems.add(ContentProblem.of(field, "offer.search.problem.range", min, max));
        return fallback;
    }
}
