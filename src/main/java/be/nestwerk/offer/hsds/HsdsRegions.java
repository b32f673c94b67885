package be.nestwerk.offer.hsds;

import be.nestwerk.territory.MunicipalityView;
import be.nestwerk.territory.Territory;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The province (or, in Brussels, the region) of a municipality: an HSDS address's state_province. */
@Component
class HsdsRegions {

    private final Territory territory;
    private volatile @Nullable Map<String, String> byNisCode;

    HsdsRegions(Territory territory) {
        this.territory = territory;
    }

    String of(@Nullable String nisCode) {
        Map<String, String> regions = byNisCode;
        if (regions == null) {
            regions = territory.allMunicipalities().stream()
                    .collect(Collectors.toMap(MunicipalityView::nisCode, HsdsRegions::region));
            byNisCode = regions;
        }
        return nisCode == null ? "" : regions.getOrDefault(nisCode, "");
    }

    private static String region(MunicipalityView municipality) {
        return municipality.provinceNl() != null ? municipality.provinceNl() : municipality.regionNl();
    }
}
