package be.nestwerk.offer;

import java.util.Locale;
import java.util.Optional;

/** How results are ordered. By distance only means something when a place is given; otherwise it is relevance. */
public enum SearchOrder {
    RELEVANCE,
    DISTANCE;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SearchOrder> of(String parameter) {
        for (SearchOrder order : values()) {
            if (order.parameter().equalsIgnoreCase(parameter.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
