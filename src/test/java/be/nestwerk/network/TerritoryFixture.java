package be.nestwerk.network;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real territory for the network tests, from the reference data that migration V3 loads. Because two Huizen van het Kind never share a sector, a test takes a municipality
 * that no network covers yet, and releases its networks' fields of operation when it is done.
 */
final class TerritoryFixture {

    static final List<String> MUNICIPALITIES =
            List.of("12025", "12005", "12035", "12040", "21004", "12009", "12021", "12014", "12026", "11004");

    /** A municipality with its deelgemeenten and the sectors of the first deelgemeente (real codes). */
    record Municipality(String nisCode, String name, List<String> deelgemeenten, List<String> sectorsOfFirst) {

        String deelgemeente() {
            return deelgemeenten.get(0);
        }
    }

    private final JdbcTemplate jdbc;

    TerritoryFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fixture municipality none of whose sectors any network covers, other than those given. */
    Municipality free(Municipality... except) {
        return free(1, except);
    }

    /** A free fixture municipality of at least two deelgemeenten, to take part of it. */
    Municipality freeWithTwoDeelgemeenten(Municipality... except) {
        return free(2, except);
    }

    /** Whether a postcode names the second deelgemeente without naming the first too. */
    private boolean postcodesApart(String first, String second) {
        Integer shared = jdbc.queryForObject(
                "select count(*) from postcode p where p.deelgemeente_code = ? and p.postcode in"
                        + " (select postcode from postcode where deelgemeente_code = ?)",
                Integer.class,
                second,
                first);
        return shared != null && shared == 0;
    }

    private Municipality free(int minimumDeelgemeenten, Municipality... except) {
        List<String> excluded = Arrays.stream(except).map(Municipality::nisCode).toList();
        for (String nis : MUNICIPALITIES) {
            if (excluded.contains(nis)) {
                continue;
            }
            Integer taken = jdbc.queryForObject(
                    "select count(*) from field_of_operation_sector f join statistical_sector s on s.code = f.sector_code"
                            + " where s.nis_code = ?",
                    Integer.class,
                    nis);
            List<String> deelgemeenten = jdbc.queryForList(
                    "select code from deelgemeente where nis_code = ? order by code", String.class, nis);
            if (taken != null
                    && taken == 0
                    && deelgemeenten.size() >= minimumDeelgemeenten
                    && (minimumDeelgemeenten < 2 || postcodesApart(deelgemeenten.get(0), deelgemeenten.get(1)))) {
                return municipality(nis);
            }
        }
        throw new IllegalStateException("No free fixture municipality left: release the fields of earlier tests");
    }

    Municipality municipality(String nis) {
        String name = jdbc.queryForObject("select name_nl from municipality where nis_code = ?", String.class, nis);
        List<String> deelgemeenten =
                jdbc.queryForList("select code from deelgemeente where nis_code = ? order by code", String.class, nis);
        List<String> sectors = jdbc.queryForList(
                "select code from statistical_sector where deelgemeente_code = ? order by code",
                String.class,
                deelgemeenten.get(0));
        return new Municipality(nis, name, deelgemeenten, sectors);
    }

    List<String> sectorsOfMunicipality(String nis) {
        return jdbc.queryForList(
                "select code from statistical_sector where nis_code = ? order by code", String.class, nis);
    }

    List<String> sectorsOfDeelgemeente(String code) {
        return jdbc.queryForList(
                "select code from statistical_sector where deelgemeente_code = ? order by code", String.class, code);
    }

    String sectorName(String code) {
        return jdbc.queryForObject("select name from statistical_sector where code = ?", String.class, code);
    }

    String postcodeOf(String deelgemeente) {
        return jdbc.queryForObject(
                "select min(postcode) from postcode where deelgemeente_code = ?", String.class, deelgemeente);
    }

    /** Frees the territory of these networks (community networks first, as the rules would ask). */
    void release(Collection<UUID> networkIds) {
        for (UUID id : networkIds) {
            jdbc.update("delete from field_of_operation_sector where network_id = ?", id);
            jdbc.update("delete from field_of_operation_unit where network_id = ?", id);
        }
    }

    void release(UUID... networkIds) {
        release(Arrays.asList(networkIds));
    }
}
