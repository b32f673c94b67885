package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming transitions of the children of the families the current person may see (first child care, school entry,
 * compulsory education, primary and secondary school), soonest first, so that partners can prepare a warm hand-over
 * with the family's consent. Reading the list is audited like any listing of families.
 */
@Service
@Transactional
public class UpcomingTransitions {

    static final Period HORIZON = Period.ofMonths(6);

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final FamilyScope scope;
    private final Transitions transitions;
    private final AuditLog audit;
    private final Clock clock;

    UpcomingTransitions(
            JdbcClient jdbc,
            FamilyAccess access,
            FamilyScope scope,
            Transitions transitions,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
        this.transitions = transitions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One coming transition of one child. */
    public record Entry(
            UUID familyId,
            String familyName,
            String code,
            @Nullable String childName,
            LocalDate date,
            int daysAway,
            String leftKey,
            String enteredKey) {}

    /** A page of the coming transitions, and how many there are in all. */
    public record Page(List<Entry> entries, long total) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The label of a kind of transition ({@code family.transition.CODE}), for those who prepare its hand-over; empty
     * when there is no such kind.
     */
    public static Optional<String> label(String kind) {
        return Arrays.stream(Transition.Code.values())
                .filter(code -> code.name().equals(kind))
                .findFirst()
                .map(Transition.Code::messageKey);
    }

    /**
     * One page of the coming transitions of the children one may see, soonest first.
     *
     * @param kind only this kind ({@link Transition.Code}), or every kind when null
     */
    public Page of(UUID networkId, Transition.@Nullable Code kind, int page, int size) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, "TRANSITIONS");
        scope.enter(networkId);
        LocalDate today = LocalDate.now(clock);
        String[] mine = organisations.stream().map(UUID::toString).toArray(String[]::new);
        // children born up to 13 years ago (the last transition is secondary school at 12) or expected
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("select f.id, f.name, c.first_name, c.birth_date from child c join family f on f.id = c.family_id"
                        + " where f.anonymised_at is null and c.birth_date > :oldest"
                        + " and (f.registered_by_organisation = any(cast(:mine as uuid[])) or exists (select 1 from"
                        + " consent k where k.family_id = f.id and k.revoked_at is null and k.valid_until >= :today"
                        + " and (k.organisation_id is null or k.organisation_id = any(cast(:mine as uuid[])))))")
                .param("oldest", today.minusYears(13))
                .param("mine", mine)
                .param("today", today)
                .query(rs -> {
                    LocalDate born = rs.getObject(4, LocalDate.class);
                    for (Transition transition : transitions.upcoming(born, today, HORIZON)) {
                        if (kind != null && transition.code() != kind) {
                            continue;
                        }
                        entries.add(new Entry(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                transition.code().name(),
                                rs.getString(3),
                                transition.date(),
                                transition.daysAway(),
                                transition.left().messageKey(),
                                transition.entered().messageKey()));
                    }
                });
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::familyName));
        int from = (int) Math.min((long) page * size, entries.size());
        List<Entry> shown = entries.subList(from, Math.min(entries.size(), from + size));
        audit.personalData(
                networkId,
                AuditAction.FAMILY_LISTED,
                "Family",
                "*",
                "TRANSITIONS",
                "Listed " + shown.size() + " of " + entries.size() + " transitions");
        return new Page(shown, entries.size());
    }
}
