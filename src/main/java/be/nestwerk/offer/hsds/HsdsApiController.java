package be.nestwerk.offer.hsds;

import be.nestwerk.territory.Territory;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral HSDS 3.0 read API over the published catalogue of every network: public, read-only, JSON. Lists
 * are pages (page from 1, per_page 1…200); texts are in the language of {@code ?lang=} or Accept-Language.
 */
@RestController
@RequestMapping(path = "/api/hsds/v3", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class HsdsApiController {

    static final String VERSION = "3.0";
    static final String OPENAPI = HsdsSchemas.UPSTREAM + "openapi.json";
    static final String PROFILE = "https://docs.openreferral.org/en/latest/hsds/overview.html";

    private final HsdsCatalogue catalogue;
    private final HsdsTaxonomies taxonomies;
    private final HsdsTaxonomyPages taxonomyPages;
    private final Territory territory;

    HsdsApiController(
            HsdsCatalogue catalogue, HsdsTaxonomies taxonomies, HsdsTaxonomyPages taxonomyPages, Territory territory) {
        this.catalogue = catalogue;
        this.taxonomies = taxonomies;
        this.taxonomyPages = taxonomyPages;
        this.territory = territory;
    }

    @GetMapping({"", "/"})
    Hsds.Info info() {
        return new Hsds.Info(VERSION, PROFILE, OPENAPI);
    }

    @GetMapping("/services")
    ResponseEntity<Hsds.Page<Hsds.Service>> services(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(parameters.get("lang"), accept);
        HsdsQuery query = HsdsQuery.of(parameters, taxonomies, territory);
        boolean full = HsdsParameters.bool("full", parameters.get("full"));
        return answer(language, catalogue.services(query, language, full));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Hsds.Service> service(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(lang, accept);
        return answer(language, catalogue.service(id, language));
    }

    @GetMapping("/organizations")
    ResponseEntity<Hsds.Page<Hsds.Organization>> organizations(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(parameters.get("lang"), accept);
        HsdsParameters.format(parameters.get("format"));
        return answer(
                language,
                catalogue.organizations(
                        HsdsParameters.search(parameters.get("search")),
                        HsdsPaging.of(parameters.get("page"), parameters.get("per_page")),
                        language,
                        HsdsParameters.bool("full", parameters.get("full")),
                        HsdsParameters.bool("full_service", parameters.get("full_service"))));
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<Hsds.Organization> organization(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(name = "full_service", required = false) @Nullable String fullService,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(lang, accept);
        return answer(language, catalogue.organization(id, language, HsdsParameters.bool("full_service", fullService)));
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<Hsds.Page<Hsds.ServiceAtLocation>> serviceAtLocations(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(parameters.get("lang"), accept);
        HsdsQuery query = HsdsQuery.of(parameters, taxonomies, territory);
        boolean full = HsdsParameters.bool("full", parameters.get("full"));
        return answer(language, catalogue.serviceAtLocations(query, language, full));
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<Hsds.ServiceAtLocation> serviceAtLocation(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(lang, accept);
        return answer(language, catalogue.serviceAtLocation(id, language));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<Hsds.Page<Hsds.Taxonomy>> taxonomies(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(parameters.get("lang"), accept);
        return answer(language, taxonomyPages.taxonomies(parameters, language));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<Hsds.Taxonomy> taxonomy(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(lang, accept);
        return answer(language, taxonomyPages.taxonomy(id, language));
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<Hsds.Page<Hsds.TaxonomyTerm>> taxonomyTerms(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(parameters.get("lang"), accept);
        return answer(language, taxonomyPages.terms(parameters, language));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<Hsds.TaxonomyTerm> taxonomyTerm(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        HsdsLanguage language = HsdsLanguage.choose(lang, accept);
        return answer(language, taxonomyPages.term(id, language));
    }

    private static <T> ResponseEntity<T> answer(HsdsLanguage language, T body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(body);
    }
}
