package be.nestwerk.offer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Name-based ids, so that a generated catalogue has the same ids on every run with the same seed. */
final class Ids {

    private Ids() {}

    static UUID of(String kind, Object... parts) {
        StringBuilder name = new StringBuilder("nestwerk-bench/").append(kind);
        for (Object part : parts) {
            name.append('/').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }
}
