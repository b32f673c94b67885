package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.ApiError;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageEnvelope;
import be.nestwerk.platform.web.PageRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for a network's partner organisations and their partnership, with the rights of the pages. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/organisations")
@Tag(name = "Partner organisations", description = "Partner organisations of a network and their partnership")
@ApiResponse(
        responseCode = "400",
        description = "Invalid input",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "401", description = "Not signed in (no or an invalid bearer token)")
@ApiResponse(responseCode = "403", description = "Not allowed for this person in this network")
@ApiResponse(
        responseCode = "404",
        description = "Unknown network or organisation",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class OrganisationApiController {

    private final PartnerNetworks networks;
    private final PartnerQueries queries;
    private final PartnerAdministration administration;
    private final NetworkAccess access;
    private final SmartValidator validator;

    OrganisationApiController(
            PartnerNetworks networks,
            PartnerQueries queries,
            PartnerAdministration administration,
            NetworkAccess access,
            SmartValidator validator) {
        this.networks = networks;
        this.queries = queries;
        this.administration = administration;
        this.access = access;
        this.validator = validator;
    }

    /**
     * Rights come before validation: a caller who may not change the data learns nothing from error messages about
     * its shape, so bodies are validated here, after the access check, instead of with {@code @Valid}.
     */
    private void validate(Object form) throws BindException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("partner.");
        errors.setMessageCodesResolver(codes);
        validator.validate(form, errors);
        new PartnerFormValidator().validate(form, errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }

    @GetMapping
    @Operation(summary = "List the network's partner organisations, by name, optionally filtered")
    PageEnvelope<PartnerView> list(
            @PathVariable String slug,
            @Parameter(schema = @Schema(implementation = ActorType.class)) @RequestParam(required = false) @Nullable
                    String actorType,
            @Parameter(schema = @Schema(implementation = Involvement.class)) @RequestParam(required = false) @Nullable
                    String involvement,
            @Parameter(description = "Part of the name") @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        NetworkRef network = networks.resolve(slug);
        return PageEnvelope.of(
                queries.page(network.id(), PartnerFilter.parse(actorType, involvement, q), PageRequests.of(page, size)),
                PartnerListing.Row::view);
    }

    @PostMapping
    @Operation(summary = "Add a partner organisation (coordinators); its partnership is set with PUT …/partnership")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(
            responseCode = "409",
            description = "Another organisation of the network has this name",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<OrganisationResponse> add(@PathVariable String slug, @RequestBody OrganisationForm form)
            throws BindException {
        NetworkRef network = networks.resolve(slug);
        access.require(network.id(), Role.COORDINATOR);
        validate(form);
        UUID id = administration.addOrganisation(network.id(), form.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/networks/" + network.slug() + "/organisations/" + id))
                .body(OrganisationResponse.of(queries.detail(network.id(), id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner organisation")
    OrganisationResponse get(@PathVariable String slug, @PathVariable UUID id) {
        NetworkRef network = networks.resolve(slug);
        return OrganisationResponse.of(queries.detail(network.id(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a partner organisation (coordinators, or the organisation's own partner admin)")
    @ApiResponse(
            responseCode = "409",
            description = "Another organisation of the network has this name",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    OrganisationResponse update(@PathVariable String slug, @PathVariable UUID id, @RequestBody OrganisationForm form)
            throws BindException {
        NetworkRef network = networks.resolve(slug);
        access.requireOrganisationAdmin(network.id(), id);
        validate(form);
        administration.updateOrganisation(network.id(), id, form.toDetails());
        return OrganisationResponse.of(queries.detail(network.id(), id));
    }

    @GetMapping("/{id}/partnership")
    @Operation(summary = "The organisation's partnership: involvement and commitment on paper")
    PartnershipResponse partnership(@PathVariable String slug, @PathVariable UUID id) {
        NetworkRef network = networks.resolve(slug);
        return partnershipOf(network, id);
    }

    @PutMapping("/{id}/partnership")
    @Operation(
            summary = "Set the organisation's partnership",
            description = "Coordinators set everything; the organisation's own partner admin sets its commitment but"
                    + " not its involvement level, which is the network's assessment.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "201", description = "Recorded for the first time")
    ResponseEntity<PartnershipResponse> savePartnership(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody PartnershipForm form) throws BindException {
        NetworkRef network = networks.resolve(slug);
        access.requireOrganisationAdmin(network.id(), id);
        validate(form);
        boolean created = administration.savePartnership(network.id(), id, form.toTerms());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(partnershipOf(network, id));
    }

    private PartnershipResponse partnershipOf(NetworkRef network, UUID organisationId) {
        PartnerDetail partner = queries.detail(network.id(), organisationId);
        if (partner.partnership() == null || partner.partnershipVersion() == null) {
            throw new NotFoundException("partnership");
        }
        return PartnershipResponse.of(organisationId, partner.partnership(), partner.partnershipVersion());
    }
}
