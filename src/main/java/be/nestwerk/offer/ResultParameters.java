package be.nestwerk.offer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The request parameters about the results rather than the offers: in (content language), sort, page, size. */
record ResultParameters(
        @Nullable String in,
        @Nullable String sort,
        @Nullable String page,
        @Nullable String size) {

    static ResultParameters of(Map<String, String[]> parameters) {
        return new ResultParameters(
                SearchRequest.first(parameters, "in"),
                SearchRequest.first(parameters, "sort"),
                SearchRequest.first(parameters, "page"),
                SearchRequest.first(parameters, "size"));
    }

    String key() {
        return in + "\u0000" + sort + "\u0000" + page + "\u0000" + size;
    }
}
