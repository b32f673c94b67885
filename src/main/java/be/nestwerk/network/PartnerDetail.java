package be.nestwerk.network;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One partner as its detail and edit pages show it. */
record PartnerDetail(
        UUID organisationId,
        long organisationVersion,
        OrganisationDetails organisation,
        @Nullable UUID partnershipId,
        @Nullable Long partnershipVersion,
        @Nullable PartnershipTerms partnership) {}
