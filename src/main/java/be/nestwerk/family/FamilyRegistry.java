package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers families and gives their file to those who may see it. Every read and every write of a family's personal
 * data is audited with its purpose, in the same transaction (so even a listing is a writing transaction); every
 * transaction runs under row-level security.
 */
@Service
@Transactional
public class FamilyRegistry {

    static final String FILE = "FAMILY_FILE";

    private final FamilyStore store;
    private final FamilyScope scope;
    private final FamilyAccess access;
    private final FamilyRules rules;
    private final Territory territory;
    private final AuditLog audit;
    private final Clock clock;

    FamilyRegistry(
            FamilyStore store,
            FamilyScope scope,
            FamilyAccess access,
            FamilyRules rules,
            Territory territory,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.scope = scope;
        this.access = access;
        this.rules = rules;
        this.territory = territory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A family like this one that the current person may see (same name, or a child born the same day). */
    public record PossibleDuplicate(UUID familyId, String name, int children) {}

    /**
     * The families of the network that may be the same as this new one and that the current person may see; the
     * others are only counted, since their names are not the current person's to know.
     */
    public Duplicates possibleDuplicates(UUID networkId, NewFamily family) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, "register");
        scope.enter(networkId);
        List<PossibleDuplicate> visible = new ArrayList<>();
        int hidden = 0;
        for (FamilyStore.FamilyHead head : store.similar(
                family.name(),
                family.children().stream().map(NewFamily.NewChild::birthDate).toList())) {
            Family found = store.find(head.id()).orElseThrow();
            if (access.maySee(organisations, head.registeredByOrganisation(), found.consents())) {
                visible.add(new PossibleDuplicate(
                        found.id(), found.name(), found.children().size()));
                audit.personalData(
                        networkId,
                        AuditAction.FAMILY_READ,
                        "Family",
                        found.id(),
                        "DUPLICATE_CHECK",
                        "Shown as duplicate");
            } else {
                hidden++;
            }
        }
        return new Duplicates(visible, hidden);
    }

    /** Possible duplicates: those the current person may see, and how many others there are. */
    public record Duplicates(List<PossibleDuplicate> visible, int elsewhere) {

        public Duplicates {
            visible = List.copyOf(visible);
        }

        public boolean any() {
            return !visible.isEmpty() || elsewhere > 0;
        }
    }

    /**
     * Registers a family for an organisation the current person works for.
     *
     * @throws InvalidFamilyException with every problem of the data
     */
    public UUID register(UUID networkId, UUID organisationId, NewFamily family) {
        NestwerkUser user = access.requireStaffOf(networkId, organisationId);
        List<FamilyProblem> problems = rules.check(family);
        PostcodeLocation place = place(family.postcode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyException(problems);
        }
        scope.enter(networkId);
        Instant now = clock.instant();
        Family created = new Family(
                UUID.randomUUID(),
                networkId,
                organisationId,
                family.name().strip(),
                family.pseudonym(),
                blankToNull(family.contactRoute()),
                place == null ? null : place.postcode(),
                place == null ? null : place.nisCode(),
                null,
                family.homeLanguages(),
                family.interpreterNeeded(),
                family.legalBasis(),
                now,
                now,
                now,
                family.members().stream()
                        .map(member -> new FamilyMember(
                                UUID.randomUUID(), member.name().strip(), member.relation()))
                        .toList(),
                family.children().stream()
                        .map(child -> new Child(
                                UUID.randomUUID(), blankToNull(child.firstName()), child.birthDate(), child.expected()))
                        .toList(),
                List.of());
        store.insert(created, user.id());
        audit.personalData(
                networkId,
                AuditAction.FAMILY_REGISTERED,
                "Family",
                created.id(),
                FILE,
                "Registered with " + created.children().size() + " children, legal basis " + created.legalBasis());
        return created.id();
    }

    /**
     * A family's file, for someone who may see it; the read is audited with its purpose.
     *
     * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone else, and for an id that
     *     does not exist or belongs to another network
     */
    public Family file(UUID networkId, UUID familyId, String purpose) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, purpose);
        scope.enter(networkId);
        Family family = store.find(familyId).orElse(null);
        if (family == null || !access.maySee(organisations, family.registeredByOrganisation(), family.consents())) {
            throw access.denied(networkId, "Family", familyId, purpose, family == null ? "unknown" : "no consent");
        }
        audit.personalData(networkId, AuditAction.FAMILY_READ, "Family", familyId, purpose, "Family file read");
        return family;
    }

    /** A page of the families the current person may see, by name; the listing is audited. */
    public FamilyPage families(UUID networkId, int page, int size) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, "list");
        scope.enter(networkId);
        LocalDate today = LocalDate.now(clock);
        long total = store.countVisibleTo(organisations, today);
        List<FamilyListing> listings = store.visibleTo(organisations, today, size, (long) page * size);
        audit.personalData(
                networkId, AuditAction.FAMILY_LISTED, "Family", "*", "LIST", "Listed " + listings.size() + " families");
        return new FamilyPage(listings, page, size, total);
    }

    /**
     * The names of those of these families the current person may see (for a list of referrals, questions …); the
     * others are left out. Audited as one listing, with its purpose.
     */
    public Map<UUID, String> names(UUID networkId, Collection<UUID> familyIds, String purpose) {
        Set<UUID> organisations = access.organisations(networkId);
        if (organisations.isEmpty() || familyIds.isEmpty()) {
            return Map.of();
        }
        scope.enter(networkId);
        Map<UUID, String> names = store.namesVisibleTo(Set.copyOf(familyIds), organisations, LocalDate.now(clock));
        audit.personalData(
                networkId, AuditAction.FAMILY_LISTED, "Family", "*", purpose, "Listed the names of " + names.size());
        return names;
    }

    /** Corrects what was registered (the family's right to rectification); audited with before and after. */
    public void rectify(UUID networkId, UUID familyId, FamilyCorrection correction) {
        access.requireFamilyStaff(networkId, "RECTIFICATION");
        // reference data first: under the family role (after file) the territory is not readable
        List<FamilyProblem> problems = rules.check(correction);
        PostcodeLocation place = place(correction.postcode(), problems);
        Family before = file(networkId, familyId, "RECTIFICATION");
        if (!problems.isEmpty()) {
            throw new InvalidFamilyException(problems);
        }
        Family after = new Family(
                before.id(),
                before.networkId(),
                before.registeredByOrganisation(),
                correction.name().strip(),
                correction.pseudonym(),
                blankToNull(correction.contactRoute()),
                place == null ? null : place.postcode(),
                place == null ? null : place.nisCode(),
                null,
                correction.homeLanguages(),
                correction.interpreterNeeded(),
                correction.legalBasis(),
                before.createdAt(),
                clock.instant(),
                before.lastContactAt(),
                before.members(),
                before.children(),
                before.consents());
        store.rectify(after);
        audit.personalData(networkId, AuditAction.FAMILY_RECTIFIED, "Family", familyId, "RECTIFICATION", "Corrected");
    }

    /**
     * Adds a child (born, or expected) to a registered family.
     *
     * @throws InvalidFamilyException when the date is not plausible
     */
    public UUID addChild(UUID networkId, UUID familyId, NewFamily.NewChild child) {
        Family family = file(networkId, familyId, "CHILD_ADDED");
        List<FamilyProblem> problems = rules.check(child, 0);
        if (family.children().size() >= FamilyRules.MAX_CHILDREN) {
            problems.add(FamilyProblem.of("children", "family.problem.children", FamilyRules.MAX_CHILDREN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFamilyException(problems);
        }
        Child added = new Child(UUID.randomUUID(), blankToNull(child.firstName()), child.birthDate(), child.expected());
        store.insertChild(familyId, networkId, added);
        store.touch(familyId, clock.instant());
        audit.personalData(networkId, AuditAction.FAMILY_RECTIFIED, "Family", familyId, "CHILD_ADDED", "Child added");
        return added.id();
    }

    private @Nullable PostcodeLocation place(@Nullable String postcode, List<FamilyProblem> problems) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        PostcodeLocation found = territory.locatePostcode(postcode.strip()).orElse(null);
        if (found == null) {
            problems.add(FamilyProblem.of("postcode", "family.problem.postcode", postcode.strip()));
        }
        return found;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
