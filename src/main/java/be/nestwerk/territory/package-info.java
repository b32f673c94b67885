/**
 * The read-only reference territory of Flanders and Brussels: municipalities (NIS codes), deelgemeenten,
 * statistical sectors and postcodes, with look-ups, search and the normalisation of territory units to sectors.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Territory",
        allowedDependencies = {"platform"})
@org.jspecify.annotations.NullMarked
package be.nestwerk.territory;
