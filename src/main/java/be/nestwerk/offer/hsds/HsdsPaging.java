package be.nestwerk.offer.hsds;

import org.jspecify.annotations.Nullable;

/** Which page of a list: HSDS pages count from 1, with 1 to 200 items per page. */
record HsdsPaging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 200;

    static HsdsPaging of(@Nullable String page, @Nullable String perPage) {
        return new HsdsPaging(
                HsdsParameters.integer("page", page, 1, 1, Integer.MAX_VALUE / MAX_PER_PAGE),
                HsdsParameters.integer("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }
}
