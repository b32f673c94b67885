package be.nestwerk.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the networks API. */
final class NetworkApiModels {

    private NetworkApiModels() {}

    @Schema(name = "Network", description = "A network: a Huis van het Kind or a community network inside one")
    record NetworkJson(
            UUID id,
            String slug,
            String name,
            NetworkKind kind,
            @Nullable UUID parentNetworkId,
            @Nullable String description,
            Contact contact,

            @Schema(description = "Youngest age served, in months; -9 is the start of pregnancy")
            int ageFromMonths,

            @Schema(description = "Oldest age served, in months; at most 288 (24 years)")
            int ageToMonths,

            List<String> languages,
            @Nullable UUID directingOrganisationId) {

        static NetworkJson of(NetworkView network) {
            return new NetworkJson(
                    network.id(),
                    network.slug(),
                    network.name(),
                    network.kind(),
                    network.parentNetworkId(),
                    network.description(),
                    new Contact(
                            network.contactEmail(),
                            network.contactPhone(),
                            network.website(),
                            network.streetAddress(),
                            network.postcode(),
                            network.town()),
                    network.ageFromMonths(),
                    network.ageToMonths(),
                    network.languages(),
                    network.directingOrganisationId());
        }
    }

    record Contact(
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String streetAddress,
            @Nullable String postcode,
            @Nullable String town) {}

    @Schema(name = "NetworkDetail", description = "A network with its field of operation")
    record NetworkDetailJson(NetworkJson network, FieldJson fieldOfOperation) {}

    @Schema(name = "FieldOfOperation")
    record FieldJson(
            FieldOfOperationView.Scope scope,
            int sectorCount,
            List<UnitJson> units,
            List<FieldOfOperationView.MunicipalityShare> municipalities) {

        static FieldJson of(FieldOfOperationView field) {
            return new FieldJson(
                    field.scope(),
                    field.sectorCount(),
                    field.units().stream()
                            .map(unit -> new UnitJson(
                                    unit.type(), unit.code(), unit.name(), unit.nisCode(), unit.municipalityName()))
                            .toList(),
                    field.municipalities());
        }
    }

    record UnitJson(FieldUnitType type, String code, String name, String nisCode, String municipality) {}

    @Schema(name = "NetworkSettings", description = "The settings a coordinator may change")
    record NetworkSettingsRequest(
            @NotBlank(message = "{network.validation.name-required}")
            @Size(max = 200, message = "{network.validation.name-too-long}")
            @Nullable
            String name,

            @Size(max = 4000, message = "{network.validation.description-too-long}") @Nullable
            String description,

            @Email(message = "{network.validation.email-invalid}")
            @Size(max = 320, message = "{network.validation.email-invalid}")
            @Nullable
            String contactEmail,

            @Pattern(regexp = NetworkSettingsForm.PHONE, message = "{network.validation.phone-invalid}") @Nullable
            String contactPhone,

            @Pattern(regexp = NetworkSettingsForm.WEBSITE, message = "{network.validation.website-invalid}") @Nullable
            String website,

            @Size(max = 200, message = "{network.validation.address-too-long}") @Nullable
            String streetAddress,

            @Pattern(regexp = NetworkSettingsForm.POSTCODE, message = "{network.validation.postcode-invalid}") @Nullable
            String postcode,

            @Size(max = 100, message = "{network.validation.town-too-long}") @Nullable
            String town,

            @NotNull(message = "{network.validation.age-required}")
            @Min(value = NetworkSettings.MIN_AGE_MONTHS, message = "{network.validation.age-range}")
            @Max(value = NetworkSettings.MAX_AGE_MONTHS, message = "{network.validation.age-range}")
            @Nullable
            Integer ageFromMonths,

            @NotNull(message = "{network.validation.age-required}")
            @Min(value = NetworkSettings.MIN_AGE_MONTHS, message = "{network.validation.age-range}")
            @Max(value = NetworkSettings.MAX_AGE_MONTHS, message = "{network.validation.age-range}")
            @Nullable
            Integer ageToMonths,

            @NotNull(message = "{network.validation.languages-required}") @Nullable
            List<String> languages,

            @Nullable UUID directingOrganisationId) {

        @JsonIgnore
        @Schema(hidden = true)
        @AssertTrue(message = "{network.validation.ages-order}")
        public boolean isAgeRangeValid() {
            return ageFromMonths == null || ageToMonths == null || ageFromMonths < ageToMonths;
        }

        @JsonIgnore
        @Schema(hidden = true)
        @AssertTrue(message = "{network.validation.languages-unknown}")
        public boolean isLanguagesKnown() {
            return languages == null || NetworkLanguages.allKnown(languages);
        }

        NetworkSettings toSettings() {
            return new NetworkSettings(
                    String.valueOf(name),
                    description,
                    contactEmail,
                    contactPhone,
                    website,
                    streetAddress,
                    postcode,
                    town,
                    ageFromMonths == null ? 0 : ageFromMonths,
                    ageToMonths == null ? 0 : ageToMonths,
                    languages == null ? List.of() : languages,
                    directingOrganisationId);
        }
    }

    @Schema(name = "FieldOfOperationChange", description = "The complete new field of operation")
    record FieldRequest(
            @NotNull(message = "{network.validation.units-required}")
            @Size(max = 2000, message = "{network.validation.units-too-many}")
            @Nullable
            List<@Valid @NotNull(message = "{network.validation.units-required}") UnitRequest> units) {

        List<FieldUnit> toUnits() {
            return units == null
                    ? List.of()
                    : units.stream()
                            .map(unit -> new FieldUnit(unit.type(), String.valueOf(unit.code())))
                            .toList();
        }
    }

    record UnitRequest(
            @NotNull(message = "{network.validation.unit-type-required}") @Nullable
            FieldUnitType type,

            @NotBlank(message = "{network.validation.unit-code-required}")
            @Size(max = 9, message = "{network.validation.unit-code-invalid}")
            @Nullable
            String code) {}
}
