package be.nestwerk.family;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a professional registers about a family.
 *
 * @param members at least one: the person the professional is in touch with
 * @param postcode where the family lives (Flanders or Brussels); the municipality and statistical sector follow
 */
public record NewFamily(
        String name,
        boolean pseudonym,
        @Nullable String contactRoute,
        @Nullable String postcode,
        List<String> homeLanguages,
        boolean interpreterNeeded,
        LegalBasis legalBasis,
        List<Member> members,
        List<NewChild> children) {

    public NewFamily {
        homeLanguages = List.copyOf(homeLanguages);
        members = List.copyOf(members);
        children = List.copyOf(children);
    }

    public record Member(String name, MemberRelation relation) {}

    public record NewChild(@Nullable String firstName, LocalDate birthDate, boolean expected) {}
}
