package be.nestwerk.offer.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The HSDS ids of things that have no UUID of their own: name-based (version 3) UUIDs of a readable name, so that
 * they are the same in every answer and on every instance. PostgreSQL computes the same with {@code nw_hsds_uuid}.
 */
final class HsdsIds {

    private HsdsIds() {}

    static UUID of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static UUID serviceAtLocation(UUID offerId, UUID placeId) {
        return of("service_at_location/" + offerId + "/" + placeId);
    }

    /** Something of one offer, e.g. ("phone", offer) or ("language/fr", offer). */
    static UUID ofOffer(String what, UUID offerId) {
        return of(what + "/" + offerId);
    }
}
