package be.nestwerk.family;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a professional may correct about a registered family (members and children have their own changes). */
public record FamilyCorrection(
        String name,
        boolean pseudonym,
        @Nullable String contactRoute,
        @Nullable String postcode,
        List<String> homeLanguages,
        boolean interpreterNeeded,
        LegalBasis legalBasis) {

    public FamilyCorrection {
        homeLanguages = List.copyOf(homeLanguages);
    }
}
