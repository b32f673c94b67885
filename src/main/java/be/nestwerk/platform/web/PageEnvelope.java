package be.nestwerk.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list answered by the JSON API: {@code {"items": [...], "page": 0, "size": 20, "totalItems": n,
 * "totalPages": m}}. Pages are counted from 0; {@code size} is between 1 and {@link #MAX_SIZE}.
 */
public record PageEnvelope<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageEnvelope {
        if (!isValid(page, size)) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
        if (totalItems < 0) {
            throw new IllegalArgumentException("totalItems must be >= 0");
        }
        items = List.copyOf(items);
    }

    public static boolean isValid(int page, int size) {
        return page >= 0 && size >= 1 && size <= MAX_SIZE;
    }

    /** The items of one page that was fetched with {@link #offset(int, int)} and {@code size} as limit. */
    public static <T> PageEnvelope<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageEnvelope<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    /** Cuts one page out of a complete list that is small enough to hold in memory. */
    public static <T> PageEnvelope<T> slice(List<T> all, int page, int size) {
        long from = Math.min(offset(page, size), all.size());
        long to = Math.min(from + size, all.size());
        return of(all.subList((int) from, (int) to), page, size, all.size());
    }

    /** Cuts one page out of a complete list (same as {@link #slice}). */
    public static <T> PageEnvelope<T> of(List<T> all, int page, int size) {
        return slice(all, page, size);
    }

    /** One page of a Spring Data query, mapped to the API's records. */
    public static <S, T> PageEnvelope<T> of(Page<S> page, Function<S, T> mapper) {
        return of(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
