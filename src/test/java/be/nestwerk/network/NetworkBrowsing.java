package be.nestwerk.network;

import be.nestwerk.browser.Browser;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the network browser tests share: typing into forms like a person, and real municipalities that no network
 * covers yet (two Huizen van het Kind never share a sector, and the database is shared by all tests).
 */
final class NetworkBrowsing {

    /** A municipality with one of its deelgemeenten that has a postcode of its own. */
    record Place(String nisCode, String name, @Nullable String nameFr, String deelgemeente, String postcode) {}

    private NetworkBrowsing() {}

    static void fill(Browser browser, By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    static void choose(Browser browser, By select, String visibleText) {
        new Select(browser.driver().findElement(select)).selectByVisibleText(visibleText);
    }

    /**
     * Free municipalities of at least two deelgemeenten, the ones with the fewest sectors first (short pages). Those
     * the other network tests use as fixtures are left out, so the two never wait on each other.
     */
    static List<Place> freePlaces(JdbcTemplate jdbc, int count, boolean withFrenchName) {
        String fixtures = String.join(
                ",",
                TerritoryFixture.MUNICIPALITIES.stream()
                        .map(nis -> "'" + nis + "'")
                        .toList());
        return jdbc.query(
                """
                select m.nis_code, m.name_nl, m.name_fr, d.code as deelgemeente, p.postcode
                from municipality m
                join lateral (select d.code from deelgemeente d where d.nis_code = m.nis_code
                              and exists (select 1 from postcode p where p.deelgemeente_code = d.code)
                              and exists (select 1 from statistical_sector s where s.deelgemeente_code = d.code)
                              order by d.code limit 1) d on true
                join lateral (select min(p.postcode) as postcode from postcode p where p.deelgemeente_code = d.code) p on true
                where m.nis_code not in (%s)
                  and (select count(*) from deelgemeente x where x.nis_code = m.nis_code) >= 2
                  and not exists (select 1 from field_of_operation_sector f
                                  join statistical_sector s on s.code = f.sector_code where s.nis_code = m.nis_code)
                  and (not ? or coalesce(m.name_fr, m.name_nl) <> m.name_nl)
                order by (select count(*) from statistical_sector s where s.nis_code = m.nis_code), m.nis_code
                limit ?
                """.formatted(fixtures),
                (rs, row) -> new Place(
                        rs.getString("nis_code"),
                        rs.getString("name_nl"),
                        rs.getString("name_fr"),
                        rs.getString("deelgemeente"),
                        rs.getString("postcode")),
                withFrenchName,
                count);
    }

    static Place freePlace(JdbcTemplate jdbc, boolean withFrenchName) {
        List<Place> places = freePlaces(jdbc, 1, withFrenchName);
        if (places.isEmpty()) {
            throw new IllegalStateException("No free municipality left for the browser tests");
        }
        return places.get(0);
    }

    static List<String> sectorsOf(JdbcTemplate jdbc, String nisCode, String deelgemeente, boolean inside) {
        return jdbc.queryForList(
                "select code from statistical_sector where nis_code = ? and (deelgemeente_code = ?) = ? order by code",
                String.class,
                nisCode,
                deelgemeente,
                inside);
    }

    /** Frees the territory of these networks again (community networks first), for the tests that come after. */
    static void release(JdbcTemplate jdbc, Collection<UUID> networkIds) {
        for (UUID id : networkIds) {
            jdbc.update("delete from field_of_operation_sector where network_id = ?", id);
            jdbc.update("delete from field_of_operation_unit where network_id = ?", id);
        }
    }
}
