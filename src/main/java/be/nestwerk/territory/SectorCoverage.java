package be.nestwerk.territory;

import be.nestwerk.territory.StatisticalSectorRepository.SectorCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns a set of sectors into the words a person reads: whole municipalities, whole deelgemeenten, sectors. */
class SectorCoverage {

    private final MunicipalityRepository municipalities;
    private final DeelgemeenteRepository deelgemeenten;
    private final StatisticalSectorRepository sectors;

    SectorCoverage(
            MunicipalityRepository municipalities,
            DeelgemeenteRepository deelgemeenten,
            StatisticalSectorRepository sectors) {
        this.municipalities = municipalities;
        this.deelgemeenten = deelgemeenten;
        this.sectors = sectors;
    }

    List<MunicipalityCoverage> describe(List<SectorView> included) {
        if (included.isEmpty()) {
            return List.of();
        }
        Map<String, List<SectorView>> byMunicipality =
                included.stream().collect(Collectors.groupingBy(SectorView::nisCode));
        Map<String, Long> sectorsPerMunicipality = totals(sectors.countByNisCodes(byMunicipality.keySet()));
        List<String> deelgemeenteCodes = included.stream()
                .map(SectorView::deelgemeenteCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, Long> sectorsPerDeelgemeente =
                deelgemeenteCodes.isEmpty() ? Map.of() : totals(sectors.countByDeelgemeenteCodes(deelgemeenteCodes));

        List<MunicipalityCoverage> result = new ArrayList<>();
        for (Municipality municipality : municipalities.findByNisCodes(byMunicipality.keySet())) {
            List<SectorView> own = byMunicipality.get(municipality.nisCode());
            if (own.size() == sectorsPerMunicipality.getOrDefault(municipality.nisCode(), -1L)) {
                result.add(new MunicipalityCoverage(municipality.view(), true, List.of(), List.of()));
            } else {
                result.add(partly(municipality, own, sectorsPerDeelgemeente));
            }
        }
        return List.copyOf(result);
    }

    private MunicipalityCoverage partly(
            Municipality municipality, List<SectorView> own, Map<String, Long> sectorsPerDeelgemeente) {
        Map<String, Long> includedPerDeelgemeente = own.stream()
                .filter(s -> s.deelgemeenteCode() != null)
                .collect(Collectors.groupingBy(SectorView::deelgemeenteCode, Collectors.counting()));
        List<String> whole = includedPerDeelgemeente.entrySet().stream()
                .filter(e -> e.getValue().equals(sectorsPerDeelgemeente.get(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        List<DeelgemeenteView> wholeDeelgemeenten = whole.isEmpty() ? List.of() : deelgemeenten.findViewsByCodes(whole);
        List<SectorView> rest = own.stream()
                .filter(s -> s.deelgemeenteCode() == null || !whole.contains(s.deelgemeenteCode()))
                .sorted(Comparator.comparing(SectorView::code))
                .toList();
        return new MunicipalityCoverage(municipality.view(), false, wholeDeelgemeenten, rest);
    }

    private static Map<String, Long> totals(List<SectorCount> counts) {
        return counts.stream().collect(Collectors.toMap(SectorCount::getCode, SectorCount::getSectors));
    }
}
