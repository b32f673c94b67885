package be.nestwerk.territory;

import be.nestwerk.platform.web.PageEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/territory", produces = "application/json")
@Tag(name = "Territory", description = "Municipalities, deelgemeenten, statistical sectors and postcodes (read-only)")
class TerritoryApiController {

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    private final Territory territory;
    private final UnitSearch unitSearch;

    TerritoryApiController(Territory territory, UnitSearch unitSearch) {
        this.territory = territory;
        this.unitSearch = unitSearch;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Municipalities by Dutch or French name (accent-insensitive) or postcode; all without q")
    PageEnvelope<MunicipalityView> municipalities(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageEnvelope.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        return PageEnvelope.slice(territory.findMunicipalities(q == null ? "" : q), page, size);
    }

    @GetMapping("/municipalities/{nis}")
    @Operation(summary = "One municipality by NIS code")
    MunicipalityView municipality(@PathVariable @Parameter(example = "12025") String nis) {
        return territory.municipality(nis).orElseThrow(() -> unknownMunicipality(nis));
    }

    @GetMapping("/municipalities/{nis}/deelgemeenten")
    @Operation(summary = "The deelgemeenten of a municipality, by name")
    PageEnvelope<DeelgemeenteView> deelgemeenten(
            @PathVariable String nis,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageEnvelope.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        return PageEnvelope.slice(existing(nis, territory.deelgemeenten(nis)), page, size);
    }

    @GetMapping("/municipalities/{nis}/sectors")
    @Operation(summary = "The statistical sectors of a municipality, by code, its …ZZZZ sector included")
    PageEnvelope<SectorView> sectors(
            @PathVariable String nis,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageEnvelope.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        return PageEnvelope.slice(existing(nis, territory.sectorsOfMunicipality(nis)), page, size);
    }

    @GetMapping("/postcodes/{postcode}")
    @Operation(summary = "The localities of a four-digit postcode, the main one first")
    PageEnvelope<PostcodeView> postcodes(
            @PathVariable @Parameter(example = "2800") String postcode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageEnvelope.DEFAULT_SIZE) int size) {
        if (!POSTCODE.matcher(postcode).matches()) {
            throw TerritoryApiException.badRequest("territory.error.invalid-postcode", postcode);
        }
        checkPaging(page, size);
        List<PostcodeView> localities = territory.postcodes(postcode);
        if (localities.isEmpty()) {
            throw TerritoryApiException.notFound("territory.error.unknown-postcode", postcode);
        }
        return PageEnvelope.slice(localities, page, size);
    }

    @GetMapping("/units")
    @Operation(summary = "Municipalities, deelgemeenten and sectors by name or postcode, for a picker")
    PageEnvelope<TerritoryUnit> units(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageEnvelope.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        UnitSearch.Result result = unitSearch.search(q == null ? "" : q, PageEnvelope.offset(page, size), size);
        return PageEnvelope.of(result.units(), page, size, result.total());
    }

    private <T> List<T> existing(String nis, List<T> parts) {
        if (parts.isEmpty() && territory.municipality(nis).isEmpty()) {
            throw unknownMunicipality(nis);
        }
        return parts;
    }

    private static TerritoryApiException unknownMunicipality(String nis) {
        return TerritoryApiException.notFound("territory.error.unknown-municipality", nis);
    }

    private static void checkPaging(int page, int size) {
        if (!PageEnvelope.isValid(page, size)) {
            throw TerritoryApiException.badRequest("territory.error.invalid-paging", PageEnvelope.MAX_SIZE);
        }
    }
}
