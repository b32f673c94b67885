package be.nestwerk.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the search page that keep what the family asked and change one thing: another page of results, or
 * one filter relaxed (an alternative to an empty result). Built from the decoded parameters and encoded once.
 */
final class SearchLinks {

    private final String contextPath;
    private final String path;
    private final HttpServletRequest request;

    private SearchLinks(HttpServletRequest request) {
        this.request = request;
        this.contextPath = request.getContextPath();
        this.path = request.getRequestURI();
    }

    static SearchLinks of(HttpServletRequest request) {
        return new SearchLinks(request);
    }

    public String page(int number) {
        return link(path, builder -> builder.replaceQueryParam("page", number));
    }

    public String alternative(SearchAlternative alternative) {
        return switch (alternative.relaxation()) {
            case WIDER_RADIUS -> link(path, b -> b.replaceQueryParam("km", alternative.km()));
            case ANYWHERE -> link(path, b -> remove(b, "place", "km", "sort"));
            case ONE_WORD -> link(path, b -> b.replaceQueryParam("q", alternative.word()));
            case WITHOUT_TEXT -> link(path, b -> remove(b, "q"));
            case WITHOUT_FREE_ONLY -> link(path, b -> remove(b, "free"));
            case WITHOUT_DAY -> link(path, b -> remove(b, "day"));
            case WITHOUT_LANGUAGE -> link(path, b -> remove(b, "language"));
            case WITHOUT_THEME -> link(path, b -> remove(b, "theme"));
            case WITHOUT_AGE -> link(path, b -> remove(b, "age", "months", "born", "pregnant"));
            case ALL_NETWORKS -> link(contextPath + "/offers", b -> {});
        };
    }

    private static void remove(UriComponentsBuilder builder, String... names) {
        for (String name : names) {
            builder.replaceQueryParam(name);
        }
    }

    private String link(String target, Consumer<UriComponentsBuilder> change) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(target);
        request.getParameterMap().forEach((name, values) -> {
            if (!List.of("lang", "page").contains(name)) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        change.accept(builder);
        return builder.build().encode().toUriString();
    }
}
