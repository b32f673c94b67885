package be.nestwerk.network;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.ApiError;
import be.nestwerk.platform.web.PageEnvelope;
import be.nestwerk.platform.web.PageRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks", description = "Networks and their field of operation, with the rights of the caller")
@ApiResponse(responseCode = "401", description = "No valid bearer token or session", content = @Content)
class NetworkApiController {

    private final Networks networks;
    private final FieldsOfOperation fields;
    private final NetworkAccess access;
    private final MessageSource messages;

    NetworkApiController(Networks networks, FieldsOfOperation fields, NetworkAccess access, MessageSource messages) {
        this.networks = networks;
        this.fields = fields;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The networks the caller is a member of (all networks for an agency administrator)")
    PageEnvelope<NetworkApiModels.NetworkJson> list(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, at most 200") @RequestParam(defaultValue = "20") int size) {
        NestwerkUser user = CurrentUser.require();
        return PageEnvelope.of(
                networks.visibleTo(user, PageRequests.of(page, size, Sort.by("name", "id"))),
                NetworkApiModels.NetworkJson::of);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One network with its field of operation (for its members and the agency)")
    @ApiResponse(responseCode = "200", description = "The network")
    @ApiResponse(responseCode = "403", description = "Not a member of the network", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such network",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    NetworkApiModels.NetworkDetailJson get(@PathVariable String slug) {
        NetworkView network = networks.requireBySlug(slug);
        if (!CurrentUser.require().agencyAdmin()) {
            access.requireMember(network.id());
        }
        return detail(network);
    }

    @PutMapping("/{slug}")
    @RequiresNetworkRole(Role.COORDINATOR)
    @Operation(summary = "Change the settings of a network (coordinators)")
    @ApiResponse(responseCode = "200", description = "The changed network")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid settings, with a translated message per field",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the network", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such network",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The directing organisation is not an organisation of the network",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    NetworkApiModels.NetworkDetailJson update(
            @PathVariable String slug, @Valid @RequestBody NetworkApiModels.NetworkSettingsRequest settings) {
        NetworkView network = networks.requireBySlug(slug);
        return detail(networks.update(network.id(), settings.toSettings()));
    }

    @PutMapping("/{slug}/field-of-operation")
    @RequiresNetworkRole(Role.COORDINATOR)
    @Operation(
            summary = "Replace the field of operation (coordinators)",
            description = "Units are whole municipalities (NIS code), deelgemeenten or statistical sectors. Two"
                    + " Huizen van het Kind never share a sector; a community network stays inside its Huis van het"
                    + " Kind.")
    @ApiResponse(responseCode = "200", description = "The new field of operation")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid or unknown units",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the network", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such network",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Refused by the rules, naming the other network and where",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    NetworkApiModels.FieldJson changeField(
            @PathVariable String slug, @Valid @RequestBody NetworkApiModels.FieldRequest request) {
        NetworkView network = networks.requireBySlug(slug);
        return NetworkApiModels.FieldJson.of(fields.change(network.id(), request.toUnits()));
    }

    @ExceptionHandler(UnknownTerritoryUnitException.class)
    ResponseEntity<ApiError> unknownUnits(UnknownTerritoryUnitException unknown) {
        String message = messages.getMessage(
                "network.area.unknown-unit", new Object[] {unknown.codes()}, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        HttpStatus.BAD_REQUEST.value(),
                        "invalid",
                        message,
                        List.of(new ApiError.FieldMessage("units", message))));
    }

    private NetworkApiModels.NetworkDetailJson detail(NetworkView network) {
        return new NetworkApiModels.NetworkDetailJson(
                NetworkApiModels.NetworkJson.of(network), NetworkApiModels.FieldJson.of(fields.of(network.id())));
    }
}
