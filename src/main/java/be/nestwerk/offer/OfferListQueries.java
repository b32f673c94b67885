package be.nestwerk.offer;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue list of the staff pages: a coordinator sees every organisation's offers, partner staff only their
 * own organisations'. Each offer is shown by its working version (else its published one).
 */
@Service
@Transactional(readOnly = true)
class OfferListQueries {

    static final int PAGE_SIZE = 20;

    /** The states the list filters on; PUBLISHED means "a published version exists". */
    enum ListState {
        DRAFT,
        IN_REVIEW,
        PUBLISHED,
        REJECTED
    }

    record Filter(
            @Nullable UUID organisation,
            @Nullable ListState state,
            @Nullable String text) {}

    record Row(
            UUID id,
            String name,
            UUID organisationId,
            String organisationName,
            OfferKind kind,
            @Nullable VersionState workingState,
            boolean published,
            LocalDate lastReviewedOn,
            boolean dueForReview) {}

    record Counts(long all, long drafts, long inReview, long published, long rejected) {}

    record Listing(List<Row> rows, long total, Counts counts) {}

    private static final String OFFERS = "select o.id, o.organisation_id, o.last_reviewed_on,"
            + " o.published_version_id is not null as published, w.state as working_state,"
            + " coalesce(w.content, p.content) ->> 'kind' as kind,"
            + " coalesce(w.content, p.content) -> 'texts' -> 'nl' ->> 'name' as name"
            + " from offer o left join offer_version w on w.id = o.working_version_id"
            + " left join offer_version p on p.id = o.published_version_id"
            + " where o.network_id = :network";

    private final JdbcClient jdbc;
    private final NetworkAccess access;
    private final OfferPermissions permissions;
    private final NetworkDirectory directory;
    private final Clock clock;

    OfferListQueries(
            JdbcClient jdbc,
            NetworkAccess access,
            OfferPermissions permissions,
            NetworkDirectory directory,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.permissions = permissions;
        this.directory = directory;
        this.clock = clock;
    }

    /** The organisations whose offers the current person sees and writes here, by name. */
    List<OrganisationRef> organisations(UUID networkId) {
        access.require(networkId, Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL);
        List<OrganisationRef> all = permissions.canReview(networkId)
                ? directory.organisationsOf(networkId)
                : directory.findOrganisations(permissions.writableOrganisations(networkId));
        return all.stream()
                .filter(organisation -> organisation.networkId().equals(networkId))
                .sorted(Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    Listing page(UUID networkId, Filter filter, int page) {
        Map<UUID, String> names =
                organisations(networkId).stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        Set<UUID> visible = filter.organisation() == null
                ? names.keySet()
                : names.keySet().stream().filter(filter.organisation()::equals).collect(Collectors.toSet());
        if (visible.isEmpty()) {
            return new Listing(List.of(), 0, new Counts(0, 0, 0, 0, 0));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("network", networkId);
        params.put("organisations", visible);
        String scope = "select * from (" + OFFERS + " and o.organisation_id in (:organisations)) x where true";
        Counts counts = jdbc.sql("select count(*) as all_offers,"
                        + " count(*) filter (where working_state = 'DRAFT') as drafts,"
                        + " count(*) filter (where working_state = 'IN_REVIEW') as in_review,"
                        + " count(*) filter (where published) as published,"
                        + " count(*) filter (where working_state = 'REJECTED') as rejected from (" + scope + ") c")
                .params(params)
                .query((rs, row) -> new Counts(
                        rs.getLong("all_offers"),
                        rs.getLong("drafts"),
                        rs.getLong("in_review"),
                        rs.getLong("published"),
                        rs.getLong("rejected")))
                .single();
        String where = scope + conditions(filter, params);
        long total = jdbc.sql("select count(*) from (" + where + ") t")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) Math.max(0, page) * PAGE_SIZE);
        LocalDate dueBefore =
                LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM)).minusMonths(12);
        List<Row> rows = jdbc.sql(where + " order by lower(name), id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> row(rs, names, dueBefore))
                .list();
        return new Listing(rows, total, counts);
    }

    private static String conditions(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.state() != null) {
            where.append(filter.state() == ListState.PUBLISHED ? " and published" : " and working_state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.text() != null) {
            where.append(" and unaccent(lower(name)) like unaccent(:text) escape '\\'");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private static Row row(ResultSet rs, Map<UUID, String> names, LocalDate dueBefore) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        String state = rs.getString("working_state");
        boolean published = rs.getBoolean("published");
        LocalDate reviewed = rs.getObject("last_reviewed_on", LocalDate.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                organisation,
                names.getOrDefault(organisation, ""),
                OfferKind.valueOf(rs.getString("kind")),
                state == null ? null : VersionState.valueOf(state),
                published,
                reviewed,
                published && reviewed.isBefore(dueBefore));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
