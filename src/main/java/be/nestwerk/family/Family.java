package be.nestwerk.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered family as its professionals see it: as little as the purpose needs (a name or pseudonym, a contact
 * route, the children's birth dates, the languages spoken at home, the area), who registered it and on which legal
 * basis, and its consents.
 */
public record Family(
        UUID id,
        UUID networkId,
        UUID registeredByOrganisation,
        String name,
        boolean pseudonym,
        @Nullable String contactRoute,
        @Nullable String postcode,
        @Nullable String nisCode,
        @Nullable String sectorCode,
        List<String> homeLanguages,
        boolean interpreterNeeded,
        LegalBasis legalBasis,
        Instant createdAt,
        Instant updatedAt,
        Instant lastContactAt,
        List<FamilyMember> members,
        List<Child> children,
        List<Consent> consents) {

    public Family {
        homeLanguages = List.copyOf(homeLanguages);
        members = List.copyOf(members);
        children = List.copyOf(children);
        consents = List.copyOf(consents);
    }
}
