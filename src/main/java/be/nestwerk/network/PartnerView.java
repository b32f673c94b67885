package be.nestwerk.network;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner organisation of a network as other modules see it. The involvement is empty for an organisation whose
 * partnership has not been recorded yet.
 */
public record PartnerView(
        UUID organisationId,
        UUID networkId,
        String name,
        ActorType actorType,
        @Nullable String actorTypeOther,
        @Nullable Involvement involvement,
        @Nullable String website) {}
