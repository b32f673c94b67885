package be.nestwerk.offer;

import be.nestwerk.platform.web.ApiError;
import be.nestwerk.platform.web.PageEnvelope;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front door's search as open JSON, without login: the parameters of the search page plus {@code network} (a
 * slug), {@code in}, {@code page} (from 0) and {@code size} (1–50). Bad parameters give a 400 with every problem,
 * translated by {@code lang} or Accept-Language. The JSON of a search is kept in the search's cache, so that a
 * repeated search costs no serialisation either.
 */
@RestController
class OfferSearchApiController {

    private final FrontDoorSearch search;
    private final MessageSource messages;
    private final JsonMapper json;

    OfferSearchApiController(FrontDoorSearch search, MessageSource messages, JsonMapper json) {
        this.search = search;
        this.messages = messages;
        this.json = json;
    }

    /**
     * One found offer. Texts are in {@code language}: the requested one, or Dutch when the offer has no translation
     * ({@code inDutchInstead}). {@code place} is the nearest public place (never a confidential one) and is null for
     * an offer reached online, by phone or through its contact only; {@code distanceKm} is null without a place.
     */
    record Item(
            UUID id,
            UUID networkId,
            OfferKind kind,
            String name,
            @Nullable String summary,
            String language,
            boolean inDutchInstead,
            String organisation,
            @Nullable Double distanceKm,
            SearchResult.@Nullable Place place,
            boolean online,
            boolean byPhone,
            @Nullable Instant nextSession,
            boolean free,
            List<CostKind> costKinds,
            List<String> languages,
            String url) {

        static Item of(SearchResult result) {
            return new Item(
                    result.id(),
                    result.networkId(),
                    result.kind(),
                    result.name(),
                    result.summary(),
                    result.textLanguage(),
                    result.inDutchInstead(),
                    result.organisationName(),
                    result.distanceKm() == null ? null : Math.round(result.distanceKm() * 10) / 10.0,
                    result.place(),
                    result.online(),
                    result.byPhone(),
                    result.nextSession(),
                    result.free(),
                    result.costKinds(),
                    result.languages(),
                    "/offers/" + result.id());
        }
    }

    /** The shape of the answer, for the API's documentation (the answer itself is kept as JSON). */
    record ItemPage(List<Item> items, int page, int size, long totalItems, long totalPages) {}

    @GetMapping("/api/v1/offers/search")
    @Parameter(in = ParameterIn.QUERY, name = "q", description = "Free text: Dutch stems, accents and typos forgiven")
    @Parameter(in = ParameterIn.QUERY, name = "age", description = "The child's age in years (0–24), or 'pregnant'")
    @Parameter(in = ParameterIn.QUERY, name = "months", description = "The child's age in months (−9–288)")
    @Parameter(in = ParameterIn.QUERY, name = "born", description = "(Expected) date of birth, yyyy-mm-dd")
    @Parameter(in = ParameterIn.QUERY, name = "pregnant", description = "true: offers for the time before birth")
    @Parameter(in = ParameterIn.QUERY, name = "theme", description = "Life domain, repeatable (e.g. CHILDCARE)")
    @Parameter(in = ParameterIn.QUERY, name = "language", description = "Offered in this language (ISO 639-1)")
    @Parameter(in = ParameterIn.QUERY, name = "free", description = "true: free offers only")
    @Parameter(in = ParameterIn.QUERY, name = "place", description = "Postcode, municipality name or NIS code")
    @Parameter(in = ParameterIn.QUERY, name = "km", description = "Radius around the place, 1–100 (10)")
    @Parameter(in = ParameterIn.QUERY, name = "day", description = "Day of the week, 1–7 or MONDAY…, repeatable")
    @Parameter(in = ParameterIn.QUERY, name = "network", description = "Only this network's offers (its slug)")
    @Parameter(in = ParameterIn.QUERY, name = "in", description = "Content language of the texts (nl)")
    @Parameter(in = ParameterIn.QUERY, name = "sort", description = "relevance (default) or distance")
    @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page, from 0")
    @Parameter(in = ParameterIn.QUERY, name = "size", description = "Results per page, 1–50 (20)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ItemPage.class)))
    ResponseEntity<byte[]> search(HttpServletRequest http) {
        byte[] body = search.answer(queryKey(http), http.getParameterMap(), "api-json", answer -> {
            SearchPage found = answer.page();
            return json.writeValueAsBytes(PageEnvelope.of(
                    found.results().stream().map(Item::of).toList(), found.page(), found.size(), found.total()));
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The query string as it arrived; the parameters in order when there is none (a request made up in a test). */
    private static String queryKey(HttpServletRequest http) {
        String query = http.getQueryString();
        if (query != null) {
            return query;
        }
        return new TreeMap<>(http.getParameterMap())
                .entrySet().stream()
                        .map(parameter -> parameter.getKey() + "=" + String.join("\u0001", parameter.getValue()))
                        .collect(Collectors.joining("&"));
    }

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ApiError> invalid(InvalidSearchException invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ApiError.FieldMessage> fields = invalid.problems().stream()
                .map(problem -> new ApiError.FieldMessage(
                        problem.field(),
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale)))
                .toList();
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        HttpStatus.BAD_REQUEST.value(),
                        "invalid",
                        messages.getMessage("error.invalid", null, "error.invalid", locale),
                        fields));
    }
}
