package be.nestwerk.platform.tenancy;

import java.util.UUID;

/** Just enough of a partner organisation for the platform to name it. */
public record OrganisationRef(UUID id, UUID networkId, String name) {}
