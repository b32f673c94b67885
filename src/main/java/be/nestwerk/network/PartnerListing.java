package be.nestwerk.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads partners (organisation with its partnership, if any) for lists; callers check access first. */
@Component
class PartnerListing {

    record Row(
            UUID organisationId,
            UUID networkId,
            String name,
            ActorType actorType,
            @Nullable String actorTypeOther,
            @Nullable String website,
            @Nullable Involvement involvement,
            @Nullable LocalDate reviewDate) {

        PartnerView view() {
            return new PartnerView(organisationId, networkId, name, actorType, actorTypeOther, involvement, website);
        }
    }

    private static final String SELECT = "select o.id, o.network_id, o.name, o.actor_type, o.actor_type_other,"
            + " o.website, p.involvement, p.review_date";
    private static final String FROM = " from organisation o left join partnership p"
            + " on p.organisation_id = o.id and p.network_id = o.network_id where o.network_id = :network";
    private static final String ORDER = " order by lower(o.name), o.id";

    private final JdbcClient jdbc;

    PartnerListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Row> page(UUID networkId, PartnerFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", networkId);
        StringBuilder where = new StringBuilder(FROM);
        if (filter.actorType() != null) {
            where.append(" and o.actor_type = :actorType");
            params.put("actorType", filter.actorType().name());
        }
        if (filter.involvement() != null) {
            where.append(" and p.involvement = :involvement");
            params.put("involvement", filter.involvement().name());
        }
        if (filter.query() != null) {
            where.append(" and lower(o.name) like :query escape '\\'");
            params.put("query", "%" + escapeLike(filter.query().toLowerCase()) + "%");
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params)
                .query(PartnerListing::row)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    List<Row> all(UUID networkId) {
        return jdbc.sql(SELECT + FROM + ORDER)
                .param("network", networkId)
                .query(PartnerListing::row)
                .list();
    }

    Optional<Row> one(UUID networkId, UUID organisationId) {
        return jdbc.sql(SELECT + FROM + " and o.id = :organisation")
                .param("network", networkId)
                .param("organisation", organisationId)
                .query(PartnerListing::row)
                .optional();
    }

    /** The organisation's address on one line ("street, postcode town"); empty when none is known. */
    String address(UUID networkId, UUID organisationId) {
        return jdbc.sql(
                        "select concat_ws(', ', nullif(street_address, ''), nullif(trim(concat_ws(' ', postcode, town)),"
                                + " '')) from organisation where network_id = :network and id = :organisation")
                .param("network", networkId)
                .param("organisation", organisationId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    long count(UUID networkId) {
        return jdbc.sql("select count(*) from organisation where network_id = :network")
                .param("network", networkId)
                .query(Long.class)
                .single();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        String involvement = rs.getString("involvement");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getString("name"),
                ActorType.valueOf(rs.getString("actor_type")),
                rs.getString("actor_type_other"),
                rs.getString("website"),
                involvement == null ? null : Involvement.valueOf(involvement),
                rs.getObject("review_date", LocalDate.class));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
