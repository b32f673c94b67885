package be.nestwerk.network;

import java.util.UUID;

/**
 * An agency administrator named the first coordinator of a new Huis van het Kind. The account may be new and
 * without a password: the accounts module reacts by sending the invitation.
 */
public record CoordinatorAppointed(UUID networkId, UUID userId) {}
