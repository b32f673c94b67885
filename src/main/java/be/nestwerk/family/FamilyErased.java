package be.nestwerk.family;

import java.util.UUID;

/**
 * A family was anonymised (at its request or at the end of retention). Published inside the erasure's transaction, so
 * that what other modules keep about the family is anonymised with it, or not at all.
 */
public record FamilyErased(UUID networkId, UUID familyId) {}
