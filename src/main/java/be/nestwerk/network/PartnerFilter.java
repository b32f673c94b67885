package be.nestwerk.network;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** Which partners a list shows; an unknown actor type or involvement is bad input (400), not "no filter". */
record PartnerFilter(
        @Nullable ActorType actorType,
        @Nullable Involvement involvement,
        @Nullable String query) {

    static final PartnerFilter NONE = new PartnerFilter(null, null, null);

    static PartnerFilter parse(@Nullable String actorType, @Nullable String involvement, @Nullable String query) {
        return new PartnerFilter(
                parse(ActorType.class, actorType), parse(Involvement.class, involvement), PartnerText.clean(query));
    }

    /** The partner list's address with this filter, to which the pagination links add their page. */
    String listAddress(String networkSlug) {
        return UriComponentsBuilder.fromPath("/n/{slug}/partners")
                .queryParamIfPresent("q", Optional.ofNullable(query))
                .queryParamIfPresent("actorType", Optional.ofNullable(actorType))
                .queryParamIfPresent("involvement", Optional.ofNullable(involvement))
                .buildAndExpand(networkSlug)
                .encode()
                .toUriString();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        String cleaned = PartnerText.clean(value);
        if (cleaned == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(cleaned))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName()));
    }
}
