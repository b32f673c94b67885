package be.nestwerk.offer;

import java.util.UUID;

/** A published offer as something to point to (from a referral): its id, its organisation and its name. */
public record OfferChoice(UUID id, UUID networkId, UUID organisationId, String name) {}
