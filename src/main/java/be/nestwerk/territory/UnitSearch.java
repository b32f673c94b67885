package be.nestwerk.territory;

import be.nestwerk.territory.TerritoryUnitRepository.UnitRow;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds territory units for a picker "by name or postcode". A name matches accent- and case-insensitively anywhere
 * in the Dutch (or, for municipalities, French) name; exact names come first, then names starting with the text,
 * then names with a word starting with it. One to four digits match the start of a postcode and give the
 * municipalities and deelgemeenten of those postcodes.
 */
@Service
public class UnitSearch {

    record Result(List<TerritoryUnit> units, long total) {}

    private final TerritoryUnitRepository units;

    UnitSearch(TerritoryUnitRepository units) {
        this.units = units;
    }

    /** At most {@code limit} units, best matches first; none for a blank query. */
    public List<TerritoryUnit> searchUnits(String query, int limit) {
        return units(SearchTerm.of(query), 0, limit);
    }

    /** One page of units and the number of all units found. */
    Result search(String query, long offset, int limit) {
        SearchTerm term = SearchTerm.of(query);
        List<TerritoryUnit> page = units(term, offset, limit);
        boolean lastPage = page.size() < limit && (!page.isEmpty() || offset == 0);
        return new Result(page, lastPage ? offset + page.size() : total(term));
    }

    private List<TerritoryUnit> units(SearchTerm term, long offset, int limit) {
        if (term.isBlank() || limit < 1) {
            return List.of();
        }
        List<UnitRow> rows = term.isPostcodePrefix()
                ? units.findByPostcodePrefix(term.prefix(), limit, offset)
                : units.findByName(term.exact(), term.prefix(), term.wordPrefix(), term.contains(), limit, offset);
        return map(rows);
    }

    private long total(SearchTerm term) {
        if (term.isBlank()) {
            return 0;
        }
        return term.isPostcodePrefix()
                ? units.countByPostcodePrefix(term.prefix())
                : units.countByName(term.exact(), term.prefix(), term.wordPrefix(), term.contains());
    }

    private static List<TerritoryUnit> map(List<UnitRow> rows) {
        return rows.stream()
                .map(row -> new TerritoryUnit(
                        TerritoryUnit.Type.valueOf(row.getType()),
                        row.getCode(),
                        row.getLabel(),
                        row.getNisCode(),
                        row.getMunicipalityNl()))
                .toList();
    }
}
