package be.nestwerk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a page's pagination needs: where we are and the links to the previous and next page, which keep every other
 * query parameter (filters) of the current request. The fragment {@code platform/pagination :: pager} renders it.
 */
public record PageLinks(
        int page,
        int totalPages,
        long totalItems,
        @Nullable String previous,
        @Nullable String next) {

    public static PageLinks of(HttpServletRequest request, int page, int size, long totalItems) {
        return of(request, "page", page, size, totalItems);
    }

    public static PageLinks of(HttpServletRequest request, String parameter, int page, int size, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + size - 1) / size);
        return new PageLinks(
                page,
                totalPages,
                totalItems,
                page > 0 ? link(request, parameter, Math.min(page, totalPages) - 1) : null,
                page + 1 < totalPages ? link(request, parameter, page + 1) : null);
    }

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    private static String link(HttpServletRequest request, String parameter, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang")
                .replaceQueryParam(parameter, page)
                .build()
                .toUriString();
    }
}
