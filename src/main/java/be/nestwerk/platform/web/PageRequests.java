package be.nestwerk.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Bounds on paging parameters, so that no request asks for everything at once. */
public final class PageRequests {

    public static final int DEFAULT_SIZE = PageEnvelope.DEFAULT_SIZE;
    public static final int MAX_SIZE = PageEnvelope.MAX_SIZE;

    private PageRequests() {}

    public static PageRequest of(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(0, page), Math.min(MAX_SIZE, Math.max(1, size)), sort);
    }

    public static PageRequest of(int page, int size) {
        return of(page, size, Sort.unsorted());
    }
}
