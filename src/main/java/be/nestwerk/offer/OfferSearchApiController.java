package be.nestwerk.offer;

import be.nestwerk.platform.web.ApiError;
import be.nestwerk.platform.web.PageEnvelope;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
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
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ItemPage.class)))
    ResponseEntity<byte[]> search(
            @ModelAttribute SearchRequest request,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(name = "in", required = false) @Nullable String in,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size) {
        byte[] body =
                search.answer(request, new ResultParameters(in, sort, page, size), network, "api-json", answer -> {
                    SearchPage found = answer.page();
                    return json.writeValueAsBytes(PageEnvelope.of(
                            found.results().stream().map(Item::of).toList(),
                            found.page(),
                            found.size(),
                            found.total()));
                });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
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
