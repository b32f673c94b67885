package be.nestwerk.territory;

import org.jspecify.annotations.Nullable;

/**
 * A statistical sector. {@code deelgemeenteCode} is null for most of the per-municipality "niet te lokaliseren"
 * sectors (codes ending in {@code ZZZZ}).
 */
public record SectorView(String code, String name, @Nullable String deelgemeenteCode, String nisCode) {}
