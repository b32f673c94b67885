package be.nestwerk.family;

import java.util.List;

/** One page of the families a professional may see; page counted from 0. */
public record FamilyPage(List<FamilyListing> families, int page, int size, long total) {

    public FamilyPage {
        families = List.copyOf(families);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }
}
