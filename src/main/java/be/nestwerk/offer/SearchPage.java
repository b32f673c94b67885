package be.nestwerk.offer;

import java.util.List;

/**
 * One page of search results, with the number of all results and the typed words that were also looked for as a
 * known word ("kinderopvnag" → "kinderopvang").
 *
 * @param page counted from 0
 */
public record SearchPage(List<SearchResult> results, int page, int size, long total, List<Correction> corrections) {

    public SearchPage {
        results = List.copyOf(results);
        corrections = List.copyOf(corrections);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** A typed word that nobody used, and the known word that was looked for as well. */
    public record Correction(String typed, String lookedFor) {}
}
