package be.nestwerk.territory;

import java.util.List;

/**
 * What a set of statistical sectors covers of one municipality, to describe it in words: either the whole
 * municipality ({@code whole}, with empty lists), or the deelgemeenten covered entirely plus the remaining sectors.
 */
public record MunicipalityCoverage(
        MunicipalityView municipality, boolean whole, List<DeelgemeenteView> deelgemeenten, List<SectorView> sectors) {}
