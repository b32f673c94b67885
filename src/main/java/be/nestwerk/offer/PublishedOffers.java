package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads published offers for the public: the front door, the calendar and the HSDS API all go through here. */
@Component
@Transactional(readOnly = true)
public class PublishedOffers {

    private static final String SELECT = "select p.offer_id, p.network_id, p.organisation_id, p.version_id,"
            + " v.content::text as content, p.published_at, p.modified_at, o.last_reviewed_on"
            + " from published_offer p join offer_version v on v.id = p.version_id join offer o on o.id = p.offer_id";

    private final JdbcClient jdbc;
    private final OfferStore store;
    private final NetworkDirectory directory;

    PublishedOffers(JdbcClient jdbc, OfferStore store, NetworkDirectory directory) {
        this.jdbc = jdbc;
        this.store = store;
        this.directory = directory;
    }

    public Optional<PublicOffer> find(UUID offerId) {
        return findAll(List.of(offerId)).stream().findFirst();
    }

    /** The published offers among these ids, in the order of the ids. */
    public List<PublicOffer> findAll(Collection<UUID> offerIds) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + " where p.offer_id in (:ids)")
                .param("ids", Set.copyOf(offerIds))
                .query(this::row)
                .list();
        Map<UUID, NetworkRef> networks =
                directory.findAllById(rows.stream().map(Row::networkId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(NetworkRef::id, Function.identity()));
        Map<UUID, String> organisations =
                directory
                        .findOrganisations(
                                rows.stream().map(Row::organisationId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        Map<UUID, PublicOffer> byId = rows.stream()
                .map(row -> toPublic(row, networks.get(row.networkId()), organisations.get(row.organisationId())))
                .collect(Collectors.toMap(PublicOffer::id, Function.identity()));
        List<PublicOffer> ordered = new ArrayList<>();
        offerIds.stream().distinct().map(byId::get).filter(o -> o != null).forEach(ordered::add);
        return ordered;
    }

    /** The offers these organisations have published in the network, by name. */
    public List<OfferChoice> offeredBy(UUID networkId, Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select offer_id, network_id, organisation_id, name from published_offer"
                                + " where network_id = :network and organisation_id in (:organisations) order by name, offer_id")
                .param("network", networkId)
                .param("organisations", Set.copyOf(organisationIds))
                .query((rs, row) -> new OfferChoice(
                        rs.getObject("offer_id", UUID.class),
                        rs.getObject("network_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name")))
                .list();
    }

    /** The sessions of the offer that start in [from, to), earliest first. */
    public List<SessionView> sessions(UUID offerId, Instant from, Instant to) {
        return jdbc.sql("select id, offer_id, series_id, location_id, starts_at, ends_at, capacity, places_left"
                        + " from activity_session where offer_id = ? and starts_at >= ? and starts_at < ?"
                        + " order by starts_at")
                .params(offerId, Timestamp.from(from), Timestamp.from(to))
                .query(PublishedOffers::session)
                .list();
    }

    static SessionView session(ResultSet rs, int row) throws SQLException {
        return new SessionView(
                rs.getObject("id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                rs.getObject("series_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                (Integer) rs.getObject("capacity"),
                (Integer) rs.getObject("places_left"));
    }

    private record Row(
            UUID offerId,
            UUID networkId,
            UUID organisationId,
            UUID versionId,
            OfferContent content,
            Instant publishedAt,
            Instant modifiedAt,
            LocalDate lastReviewedOn) {}

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getObject("offer_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("version_id", UUID.class),
                store.content(rs.getString("content")),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("modified_at").toInstant(),
                rs.getObject("last_reviewed_on", LocalDate.class));
    }

    private static PublicOffer toPublic(Row row, NetworkRef network, String organisationName) {
        OfferContent content = row.content();
        List<Place> open =
                content.places().stream().filter(place -> !place.confidential()).toList();
        boolean confidential = open.size() < content.places().size();
        Set<UUID> openIds = open.stream().map(Place::id).collect(Collectors.toSet());
        OfferContent visible = content.toBuilder()
                .places(open)
                .openingHours(content.openingHours().stream()
                        .filter(hours -> hours.placeId() == null || openIds.contains(hours.placeId()))
                        .sorted(Comparator.comparing(OfferContent.OpeningHours::day)
                                .thenComparing(OfferContent.OpeningHours::opens))
                        .toList())
                .sessions(content.sessions().stream()
                        .map(session -> session.placeId() != null && !openIds.contains(session.placeId())
                                ? new OfferContent.SessionSeries(
                                        session.id(),
                                        null,
                                        session.date(),
                                        session.starts(),
                                        session.ends(),
                                        session.recurrence(),
                                        session.capacity(),
                                        session.placesLeft(),
                                        session.registrationUrl(),
                                        session.registrationPhone())
                                : session)
                        .toList())
                .build();
        return new PublicOffer(
                row.offerId(),
                row.networkId(),
                network.slug(),
                network.name(),
                row.organisationId(),
                organisationName == null ? "" : organisationName,
                row.versionId(),
                visible,
                confidential,
                row.publishedAt(),
                row.modifiedAt(),
                row.lastReviewedOn());
    }
}
