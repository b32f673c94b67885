package be.nestwerk.offer.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The HSDS 3.0 objects that the read API writes, field for field as the official schemas name them (snake case).
 * Absent values are left out rather than written as null, which the schemas would refuse; a list that is null is
 * one the answer does not carry (a list item holds only the one-to-one fields).
 */
final class Hsds {

    private Hsds() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Info(String version, String profile, String openapiUrl) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(
            long totalItems,
            long totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {

        /** Page numbers start at 1; size is the page size asked for. */
        static <T> Page<T> of(List<T> contents, HsdsPaging paging, long totalItems) {
            long pages = (totalItems + paging.perPage() - 1) / paging.perPage();
            return new Page<>(
                    totalItems,
                    pages,
                    paging.page(),
                    paging.perPage(),
                    paging.page() == 1,
                    paging.page() >= pages,
                    contents.isEmpty(),
                    List.copyOf(contents));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(
            UUID id,
            String name,
            String description,
            @Nullable String website,
            @Nullable String uri,
            @Nullable List<Service> services) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(
            UUID id,
            UUID organizationId,
            String name,
            @Nullable String alternateName,
            @Nullable String description,
            @Nullable String url,
            @Nullable String email,
            String status,
            @Nullable String interpretationServices,
            @Nullable String applicationProcess,
            @Nullable String feesDescription,
            @Nullable String eligibilityDescription,
            double minimumAge,
            double maximumAge,
            String assuredDate,
            String lastModified,
            @Nullable Organization organization,
            @Nullable List<Phone> phones,
            @Nullable List<Schedule> schedules,
            @Nullable List<ServiceAtLocation> serviceAtLocations,
            @Nullable List<Language> languages,
            @Nullable List<CostOption> costOptions,
            @Nullable List<RequiredDocument> requiredDocuments,
            @Nullable List<Attribute> attributes) {

        /** The same service with only its one-to-one fields (and its organization), as list answers carry it. */
        Service summary() {
            return new Service(
                    id,
                    organizationId,
                    name,
                    alternateName,
                    description,
                    url,
                    email,
                    status,
                    interpretationServices,
                    applicationProcess,
                    feesDescription,
                    eligibilityDescription,
                    minimumAge,
                    maximumAge,
                    assuredDate,
                    lastModified,
                    organization,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocation(
            UUID id,
            UUID serviceId,
            UUID locationId,
            @Nullable String description,
            @Nullable List<Schedule> schedules,
            Location location,
            @Nullable Service service) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(
            UUID id,
            String locationType,
            @Nullable String name,
            @Nullable String transportation,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable List<Address> addresses,
            @Nullable List<Accessibility> accessibility) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(
            UUID id,
            UUID locationId,
            @JsonProperty("address_1") String address1,
            String city,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accessibility(UUID id, UUID locationId, String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Phone(
            UUID id,
            UUID serviceId,
            String number,
            String type,
            @Nullable String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Language(UUID id, UUID serviceId, String name, String code) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOption(
            UUID id,
            UUID serviceId,
            String option,
            String currency,
            @Nullable BigDecimal amount,
            @Nullable String amountDescription) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RequiredDocument(UUID id, UUID serviceId, String document) {}

    /**
     * A weekly opening, a dated (possibly recurring) session, or a closure. Times are local Belgian time
     * (Europe/Brussels) in HH:MM.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(
            UUID id,
            UUID serviceId,
            @Nullable UUID locationId,
            @Nullable UUID serviceAtLocationId,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable String dtstart,
            @Nullable String until,
            @Nullable Integer count,
            @Nullable String wkst,
            @Nullable String freq,
            @Nullable Integer interval,
            @Nullable String byday,
            @Nullable String bymonthday,
            @Nullable String description,
            @Nullable String opensAt,
            @Nullable String closesAt,
            @Nullable String scheduleLink,
            @Nullable String notes) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(
            UUID id,
            UUID linkId,
            UUID taxonomyTermId,
            String linkType,
            String linkEntity,
            @Nullable String value,
            TaxonomyTerm taxonomyTerm) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Taxonomy(
            UUID id,
            String name,
            String description,
            @Nullable String uri,
            @Nullable String version) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyTerm(
            UUID id,
            String code,
            String name,
            String description,
            @Nullable UUID parentId,
            String taxonomy,
            @Nullable Taxonomy taxonomyDetail,
            @Nullable String language,
            UUID taxonomyId) {}
}
