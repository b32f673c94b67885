package be.nestwerk.territory;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the reference territory: look-ups of municipalities, deelgemeenten, sectors and
 * postcodes, and the normalisation of territory units to statistical sectors (a field of operation is a set of
 * sectors). Codes are Statbel NIS codes as strings; unknown codes are ignored, never an error.
 */
@Service
@Transactional(readOnly = true)
public class Territory {

    private static final int CHUNK = 5_000;

    private final MunicipalityRepository municipalities;
    private final DeelgemeenteRepository deelgemeenten;
    private final StatisticalSectorRepository sectors;
    private final PostcodeRepository postcodes;
    private final SectorCoverage coverage;

    Territory(
            MunicipalityRepository municipalities,
            DeelgemeenteRepository deelgemeenten,
            StatisticalSectorRepository sectors,
            PostcodeRepository postcodes) {
        this.municipalities = municipalities;
        this.deelgemeenten = deelgemeenten;
        this.sectors = sectors;
        this.postcodes = postcodes;
        this.coverage = new SectorCoverage(municipalities, deelgemeenten, sectors);
    }

    public Optional<MunicipalityView> municipality(String nisCode) {
        return municipalities.findById(nisCode).map(Municipality::view);
    }

    /** The known municipalities among these NIS codes, sorted by Dutch name. */
    public List<MunicipalityView> municipalities(Collection<String> nisCodes) {
        return nisCodes.isEmpty()
                ? List.of()
                : municipalities.findByNisCodes(Set.copyOf(nisCodes)).stream()
                        .map(Municipality::view)
                        .toList();
    }

    /** All 304 municipalities, sorted by Dutch name. */
    public List<MunicipalityView> allMunicipalities() {
        return municipalities.findAllOrderByName().stream()
                .map(Municipality::view)
                .toList();
    }

    /**
     * Municipalities whose Dutch or French name contains the query, accent- and case-insensitively (exact and
     * prefix matches first); one to four digits give the municipalities of the postcodes starting with them. A
     * blank query gives all municipalities.
     */
    public List<MunicipalityView> findMunicipalities(String query) {
        SearchTerm term = SearchTerm.of(query);
        if (term.isBlank()) {
            return allMunicipalities();
        }
        List<Municipality> found = term.isPostcodePrefix()
                ? municipalities.findByPostcodePrefix(term.prefix())
                : municipalities.findByName(term.exact(), term.prefix(), term.contains());
        return found.stream().map(Municipality::view).toList();
    }

    /** The localities of a four-digit postcode, the main one first; empty when unknown. */
    public List<PostcodeView> postcodes(String postcode) {
        return postcodes.findViewsByPostcode(postcode);
    }

    /** Where a four-digit postcode lies (its main locality); empty when unknown. */
    public Optional<PostcodeLocation> locatePostcode(String postcode) {
        return postcodes.findLocationsByPostcode(postcode).stream().findFirst();
    }

    public List<DeelgemeenteView> deelgemeenten(String nisCode) {
        return deelgemeenten.findViewsByNisCode(nisCode);
    }

    public Optional<DeelgemeenteView> deelgemeente(String code) {
        return deelgemeenten.findViewByCode(code);
    }

    /** All sectors of a municipality, sorted by code, including its "niet te lokaliseren" sector ({@code …ZZZZ}). */
    public List<SectorView> sectorsOfMunicipality(String nisCode) {
        return sectors.findViewsByNisCode(nisCode);
    }

    /** The known sectors among these codes, sorted by code. */
    public List<SectorView> sectors(Collection<String> codes) {
        return inChunks(codes, sectors::findViewsByCodes).stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /** Every sector of these municipalities, the {@code …ZZZZ} sectors included. */
    public Set<String> sectorCodesOfMunicipalities(Collection<String> nisCodes) {
        return sortedSet(inChunks(nisCodes, sectors::findCodesByNisCodes));
    }

    /** Every sector of these deelgemeenten. */
    public Set<String> sectorCodesOfDeelgemeenten(Collection<String> deelgemeenteCodes) {
        return sortedSet(inChunks(deelgemeenteCodes, sectors::findCodesByDeelgemeenteCodes));
    }

    /** The codes among these that are real sectors. */
    public Set<String> existingSectorCodes(Collection<String> codes) {
        return sortedSet(inChunks(codes, sectors::findExistingCodes));
    }

    /** The known sectors among these codes per NIS code of their municipality (both sorted by code). */
    public Map<String, List<SectorView>> groupByMunicipality(Collection<String> sectorCodes) {
        return Collections.unmodifiableMap(sectors(sectorCodes).stream()
                .collect(Collectors.groupingBy(SectorView::nisCode, TreeMap::new, Collectors.toList())));
    }

    /**
     * Describes a set of sectors per municipality (sorted by name): a municipality whose sectors are all included is
     * reported whole, otherwise by the deelgemeenten included whole and the remaining sectors.
     */
    public List<MunicipalityCoverage> coverage(Collection<String> sectorCodes) {
        return coverage.describe(sectors(sectorCodes));
    }

    private static <T> List<T> inChunks(Collection<String> codes, Function<Collection<String>, List<T>> query) {
        List<String> distinct = List.copyOf(Set.copyOf(codes));
        if (distinct.size() <= CHUNK) {
            return distinct.isEmpty() ? List.of() : query.apply(distinct);
        }
        return IntStream.range(0, (distinct.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> distinct.subList(i * CHUNK, Math.min(distinct.size(), (i + 1) * CHUNK)))
                .flatMap(chunk -> query.apply(chunk).stream())
                .toList();
    }

    private static Set<String> sortedSet(Collection<String> codes) {
        SortedSet<String> sorted = new TreeSet<>(codes);
        return Collections.unmodifiableSortedSet(sorted);
    }
}
