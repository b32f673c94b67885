package be.nestwerk.platform.tenancy;

import java.util.UUID;

/** Just enough of a network for the platform to name it and link to it. */
public record NetworkRef(UUID id, String slug, String name) {}
