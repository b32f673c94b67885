package be.nestwerk.offer.hsds;

import be.nestwerk.network.PartnerView;
import be.nestwerk.network.Partners;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.PublicOffer;
import be.nestwerk.offer.PublishedOffers;
import be.nestwerk.offer.hsds.HsdsServiceMapping.Provider;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.NotFoundException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the HSDS read API from the published offers only: the search projection finds and pages them, and
 * {@link PublishedOffers} reads them (without confidential places) for the mapping to HSDS.
 */
@Component
@Transactional(readOnly = true)
class HsdsCatalogue {

    private final JdbcClient jdbc;
    private final PublishedOffers published;
    private final NetworkDirectory directory;
    private final Partners partners;
    private final HsdsServiceMapping mapping;
    private final HsdsTaxonomies taxonomies;

    HsdsCatalogue(
            JdbcClient jdbc,
            PublishedOffers published,
            NetworkDirectory directory,
            Partners partners,
            HsdsServiceMapping mapping,
            HsdsTaxonomies taxonomies) {
        this.jdbc = jdbc;
        this.published = published;
        this.directory = directory;
        this.partners = partners;
        this.mapping = mapping;
        this.taxonomies = taxonomies;
    }

    Hsds.Page<Hsds.Service> services(HsdsQuery query, HsdsLanguage language, boolean full) {
        if (query.matchesNothing()) {
            return Hsds.Page.of(List.of(), query.paging(), 0);
        }
        HsdsFilter filter = HsdsFilter.of(query, taxonomies, false);
        long total = jdbc.sql("select count(*) from published_offer p where " + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("select p.offer_id from published_offer p where " + filter.where()
                        + " order by p.name, p.offer_id limit :limit offset :offset")
                .params(filter.parameters())
                .param("limit", query.paging().perPage())
                .param("offset", query.paging().offset())
                .query(UUID.class)
                .list();
        return Hsds.Page.of(services(ids, language, full, new Providers()), query.paging(), total);
    }

    Hsds.Service service(UUID id, HsdsLanguage language) {
        List<Hsds.Service> found = services(List.of(id), language, true, new Providers());
        if (found.isEmpty()) {
            throw new NotFoundException("service");
        }
        return found.get(0);
    }

    Hsds.Page<Hsds.ServiceAtLocation> serviceAtLocations(HsdsQuery query, HsdsLanguage language, boolean full) {
        if (query.matchesNothing()) {
            return Hsds.Page.of(List.of(), query.paging(), 0);
        }
        HsdsFilter filter = HsdsFilter.of(query, taxonomies, true);
        String from = " from published_offer p join published_location l on l.offer_id = p.offer_id"
                + " and not l.confidential where " + filter.where();
        long total = jdbc.sql("select count(*)" + from)
                .params(filter.parameters())
                .query(Long.class)
                .single();
        List<OfferPlace> rows = jdbc.sql("select p.offer_id, l.id" + from
                        + " order by p.name, p.offer_id, l.position limit :limit offset :offset")
                .params(filter.parameters())
                .param("limit", query.paging().perPage())
                .param("offset", query.paging().offset())
                .query((rs, row) -> new OfferPlace(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        return Hsds.Page.of(serviceAtLocations(rows, language, full), query.paging(), total);
    }

    Hsds.ServiceAtLocation serviceAtLocation(UUID id, HsdsLanguage language) {
        List<OfferPlace> rows = jdbc.sql(
                        "select l.offer_id, l.id from published_location l"
                                + " where not l.confidential and nw_hsds_uuid('service_at_location/' || l.offer_id::text || '/' || l.id::text) = ?")
                .param(id)
                .query((rs, row) -> new OfferPlace(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        List<Hsds.ServiceAtLocation> found = serviceAtLocations(rows, language, true);
        if (found.isEmpty()) {
            throw new NotFoundException("service_at_location");
        }
        return found.get(0);
    }

    /** Organisations that run at least one published offer, by name; {@code search} looks in the name. */
    Hsds.Page<Hsds.Organization> organizations(
            @Nullable String search, HsdsPaging paging, HsdsLanguage language, boolean full, boolean fullServices) {
        List<UUID> ids = jdbc.sql("select distinct organisation_id from published_offer")
                .query(UUID.class)
                .list();
        String folded = search == null ? null : fold(search);
        List<OrganisationRef> matching = directory.findOrganisations(ids).stream()
                .filter(organisation ->
                        folded == null || fold(organisation.name()).contains(folded))
                .sorted(Comparator.comparing((OrganisationRef organisation) -> fold(organisation.name()))
                        .thenComparing(OrganisationRef::id))
                .toList();
        int from = (int) Math.min(paging.offset(), matching.size());
        List<OrganisationRef> page = matching.subList(from, Math.min(from + paging.perPage(), matching.size()));
        List<Hsds.Organization> contents = new ArrayList<>();
        Providers providers = new Providers();
        for (OrganisationRef organisation : page) {
            contents.add(organization(organisation, language, full, fullServices, providers));
        }
        return Hsds.Page.of(contents, paging, matching.size());
    }

    Hsds.Organization organization(UUID id, HsdsLanguage language, boolean fullServices) {
        boolean publishes = jdbc.sql("select exists (select 1 from published_offer where organisation_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
        OrganisationRef organisation = directory.findOrganisations(List.of(id)).stream()
                .filter(found -> publishes)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("organization"));
        return organization(organisation, language, true, fullServices, new Providers());
    }

    private Hsds.Organization organization(
            OrganisationRef organisation,
            HsdsLanguage language,
            boolean withServices,
            boolean fullServices,
            Providers providers) {
        Provider provider = providers.of(organisation.networkId(), organisation.id(), organisation.name());
        if (!withServices) {
            return mapping.organization(provider, language.messageLocale(), null);
        }
        List<UUID> ids = jdbc.sql(
                        "select offer_id from published_offer where organisation_id = ? order by name, offer_id")
                .param(organisation.id())
                .query(UUID.class)
                .list();
        return mapping.organization(
                provider, language.messageLocale(), services(ids, language, fullServices, providers));
    }

    private List<Hsds.Service> services(List<UUID> ids, HsdsLanguage language, boolean full, Providers providers) {
        return published.findAll(ids).stream()
                .map(offer -> mapping.service(offer, providers.of(offer), language, full))
                .toList();
    }

    private record OfferPlace(UUID offerId, UUID placeId) {}

    private List<Hsds.ServiceAtLocation> serviceAtLocations(
            List<OfferPlace> rows, HsdsLanguage language, boolean full) {
        Map<UUID, PublicOffer> offers = published
                .findAll(rows.stream().map(OfferPlace::offerId).toList())
                .stream()
                .collect(Collectors.toMap(PublicOffer::id, Function.identity()));
        Providers providers = new Providers();
        List<Hsds.ServiceAtLocation> found = new ArrayList<>();
        for (OfferPlace row : rows) {
            PublicOffer offer = offers.get(row.offerId());
            if (offer == null) {
                continue;
            }
            Hsds.Service service = mapping.service(offer, providers.of(offer), language, false);
            for (Place place : offer.content().places()) {
                if (place.id().equals(row.placeId())) {
                    Hsds.ServiceAtLocation link = mapping.serviceAtLocation(offer, place, language);
                    found.add(new Hsds.ServiceAtLocation(
                            link.id(),
                            link.serviceId(),
                            link.locationId(),
                            link.description(),
                            full ? schedulesAt(offer, place, language) : null,
                            link.location(),
                            service));
                }
            }
        }
        return found;
    }

    private List<Hsds.Schedule> schedulesAt(PublicOffer offer, Place place, HsdsLanguage language) {
        return mapping.schedules(offer, language).stream()
                .filter(schedule -> place.id().equals(schedule.locationId()))
                .toList();
    }

    /** The organisations of one answer: each network's name and partners (with their websites) read once. */
    private final class Providers {

        private final Map<UUID, String> networkNames = new HashMap<>();
        private final Map<UUID, Map<UUID, String>> websites = new HashMap<>();

        Provider of(PublicOffer offer) {
            networkNames.putIfAbsent(offer.networkId(), offer.networkName());
            return of(offer.networkId(), offer.organisationId(), offer.organisationName());
        }

        Provider of(UUID networkId, UUID organisationId, String name) {
            String network = networkNames.computeIfAbsent(
                    networkId,
                    id -> directory.findAllById(List.of(id)).stream()
                            .map(NetworkRef::name)
                            .findFirst()
                            .orElse(""));
            String website = websites.computeIfAbsent(
                            networkId,
                            id -> partners.ofNetwork(id).stream()
                                    .filter(partner -> partner.website() != null)
                                    .collect(Collectors.toMap(
                                            PartnerView::organisationId, PartnerView::website, (a, b) -> a)))
                    .get(organisationId);
            return new Provider(organisationId, name, network, HsdsAddresses.web(website));
        }
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
