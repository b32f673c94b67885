package be.nestwerk.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public pages, the dashboard and the agency overview read: networks found by the place they serve, and
 * their partner organisations. Partners are read straight from the partner tables (owned by the partner pages of
 * this module) and only as names and actor types, never the involvement or commitment of a partnership.
 */
@Component
@Transactional(readOnly = true)
class PublicNetworkQueries {

    /** Involvement levels that make an organisation a partner that the public may see. */
    static final String PARTNER_INVOLVEMENT = "('MINIMAL', 'AVERAGE', 'CORE_PARTNER', 'INDIRECT')";

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    record NetworkRow(
            UUID id,
            String slug,
            String name,
            NetworkKind kind,
            @Nullable String parentName) {}

    record PartnerRow(
            UUID id,
            String name,
            String actorType,
            @Nullable String actorTypeOther,
            @Nullable String website) {}

    record OrganisationOption(UUID id, String name) {}

    private final JdbcClient jdbc;

    PublicNetworkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Networks whose field of operation covers the place (a municipality or deelgemeente named, or a postcode), or
     * whose own name matches; all networks when the query is blank.
     */
    Page<NetworkRow> search(String query, Pageable pageable) {
        String text = query.trim();
        String where;
        Map<String, Object> params = new HashMap<>();
        if (text.isEmpty()) {
            where = "true";
        } else if (POSTCODE.matcher(text).matches()) {
            where = "n.id in (select f.network_id from field_of_operation_sector f"
                    + " join statistical_sector s on s.code = f.sector_code"
                    + " join postcode p on p.postcode = :postcode and (p.deelgemeente_code = s.deelgemeente_code"
                    + " or (p.deelgemeente_code is null and p.nis_code = s.nis_code)))";
            params.put("postcode", text);
        } else {
            where = "(n.id in (select f.network_id from field_of_operation_sector f"
                    + " join statistical_sector s on s.code = f.sector_code"
                    + " where s.nis_code in (select nis_code from municipality"
                    + " where nw_fold(name_nl) like nw_fold(:prefix) escape '\\'"
                    + " or nw_fold(coalesce(name_fr, '')) like nw_fold(:prefix) escape '\\')"
                    + " or s.deelgemeente_code in (select code from deelgemeente"
                    + " where nw_fold(name) like nw_fold(:prefix) escape '\\'))"
                    + " or nw_fold(n.name) like nw_fold(:contains) escape '\\')";
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("prefix", escaped + "%");
            params.put("contains", "%" + escaped + "%");
        }
        long total = jdbc.sql("select count(*) from network n where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<NetworkRow> rows = jdbc.sql("select n.id, n.slug, n.name, n.kind, p.name as parent_name from network n"
                        + " left join network p on p.id = n.parent_network_id where " + where
                        + " order by nw_fold(n.name), n.id limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, row) -> new NetworkRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        NetworkKind.valueOf(rs.getString("kind")),
                        rs.getString("parent_name")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The municipalities each network's field of operation touches, by name. */
    Map<UUID, List<String>> municipalityNames(Collection<UUID> networkIds) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (networkIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select distinct f.network_id, m.name_nl from field_of_operation_sector f"
                        + " join statistical_sector s on s.code = f.sector_code"
                        + " join municipality m on m.nis_code = s.nis_code"
                        + " where f.network_id = any(string_to_array(:ids, ',')::uuid[]) order by m.name_nl")
                .param("ids", join(networkIds))
                .query((rs, row) -> names.computeIfAbsent(
                                rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return names;
    }

    Map<UUID, Integer> partnerCounts(Collection<UUID> networkIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (networkIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select network_id, count(*) from partnership where involvement in " + PARTNER_INVOLVEMENT
                        + " and network_id = any(string_to_array(:ids, ',')::uuid[]) group by network_id")
                .param("ids", join(networkIds))
                .query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return counts;
    }

    List<PartnerRow> partners(UUID networkId) {
        return jdbc.sql("select o.id, o.name, o.actor_type, o.actor_type_other, o.website from organisation o"
                        + " join partnership p on p.organisation_id = o.id and p.network_id = o.network_id"
                        + " where o.network_id = :id and p.involvement in " + PARTNER_INVOLVEMENT
                        + " order by nw_fold(o.name)")
                .param("id", networkId)
                .query((rs, row) -> new PartnerRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("actor_type"),
                        rs.getString("actor_type_other"),
                        rs.getString("website")))
                .list();
    }

    /** Every organisation registered in the network: the candidates for the directing role. */
    List<OrganisationOption> organisations(UUID networkId) {
        return jdbc.sql("select id, name from organisation where network_id = :id order by nw_fold(name)")
                .param("id", networkId)
                .query((rs, row) -> new OrganisationOption(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    @Nullable
    String organisationName(UUID organisationId) {
        return jdbc.sql("select name from organisation where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String join(Collection<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }
}
