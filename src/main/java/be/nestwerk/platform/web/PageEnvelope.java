package be.nestwerk.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The JSON shape of every paged list of the API. */
public record PageEnvelope<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageEnvelope<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageEnvelope<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    public static <T> PageEnvelope<T> of(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new PageEnvelope<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
