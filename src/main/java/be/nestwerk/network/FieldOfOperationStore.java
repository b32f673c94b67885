package be.nestwerk.network;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of field_of_operation_unit and field_of_operation_sector. */
@Component
class FieldOfOperationStore {

    /** A sector of the field of operation of another network. */
    record Claim(UUID networkId, String networkName, String sectorCode) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FieldOfOperationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<FieldUnit> units(UUID networkId) {
        return jdbc.sql("select unit_type, code from field_of_operation_unit where network_id = :id"
                        + " order by unit_type, code")
                .param("id", networkId)
                .query((rs, row) -> new FieldUnit(FieldUnitType.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    Set<String> sectors(UUID networkId) {
        return new LinkedHashSet<>(
                jdbc.sql("select sector_code from field_of_operation_sector where network_id = :id order by 1")
                        .param("id", networkId)
                        .query(String.class)
                        .list());
    }

    /**
     * Takes the row lock of a Huis van het Kind, so that changes to its field and to those of its community
     * networks are checked one after the other.
     */
    void lock(UUID huisVanHetKindId) {
        jdbc.sql("select id from network where id = :id for update")
                .param("id", huisVanHetKindId)
                .query(UUID.class)
                .optional();
    }

    /** Sectors among the given ones that belong to another Huis van het Kind. */
    List<Claim> claimsOfOtherHuizenVanHetKind(UUID networkId, Collection<String> sectors) {
        if (sectors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.network_id, n.name, s.sector_code from field_of_operation_sector s"
                        + " join network n on n.id = s.network_id"
                        + " where s.network_kind = 'HUIS_VAN_HET_KIND' and s.network_id <> :id"
                        + " and s.sector_code = any(string_to_array(:sectors, ','))"
                        + " order by n.name, s.network_id, s.sector_code")
                .param("id", networkId)
                .param("sectors", String.join(",", sectors))
                .query((rs, row) -> new Claim(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    void replaceUnits(UUID networkId, Collection<FieldUnit> units) {
        jdbc.sql("delete from field_of_operation_unit where network_id = :id")
                .param("id", networkId)
                .update();
        template.batchUpdate(
                "insert into field_of_operation_unit (network_id, unit_type, code) values (?, ?, ?)",
                units.stream()
                        .map(unit -> new Object[] {networkId, unit.type().name(), unit.code()})
                        .toList());
    }

    void removeSectors(UUID networkId, Collection<String> sectors) {
        if (!sectors.isEmpty()) {
            jdbc.sql("delete from field_of_operation_sector where network_id = :id"
                            + " and sector_code = any(string_to_array(:sectors, ','))")
                    .param("id", networkId)
                    .param("sectors", String.join(",", sectors))
                    .update();
        }
    }

    void addSectors(UUID networkId, NetworkKind kind, Collection<String> sectors) {
        template.batchUpdate(
                "insert into field_of_operation_sector (network_id, network_kind, sector_code) values (?, ?, ?)",
                sectors.stream()
                        .map(sector -> new Object[] {networkId, kind.name(), sector})
                        .toList());
    }
}
