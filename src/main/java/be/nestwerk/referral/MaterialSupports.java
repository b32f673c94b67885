package be.nestwerk.referral;

import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Material support registered as a contact, seen by the staff of the organisation that gave it; a family it is
 * linked to must be one the registrant may see. Every write and every listing is audited, under row-level security.
 */
@Service
@Transactional
class MaterialSupports {

    static final String TYPE = "MaterialSupport";
    static final int MAX_NOTE = 500;
    static final int YEARS_BACK = 1;
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    private final MaterialSupportStore store;
    private final QuestionAccess access;
    private final FamilyRegistry families;
    private final FamilyScope scope;
    private final AuditLog audit;
    private final Clock clock;

    MaterialSupports(
            MaterialSupportStore store,
            QuestionAccess access,
            FamilyRegistry families,
            FamilyScope scope,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.families = families;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of material support of the current person's organisations; page counted from 0. */
    record Page(List<MaterialSupport> supports, int page, int size, long total) {

        Page {
            supports = List.copyOf(supports);
        }
    }

    /** @throws QuestionProblems.InvalidQuestionException with every problem of the data */
    UUID register(UUID networkId, NewMaterialSupport support) {
        access.requireStaffOf(networkId, support.organisation(), TYPE);
        QuestionProblems problems = new QuestionProblems();
        LocalDate today = LocalDate.now(clock);
        if (support.givenOn().isAfter(today) || support.givenOn().isBefore(today.minusYears(YEARS_BACK))) {
            problems.add("givenOn", "referral.support.problem.date", YEARS_BACK);
        }
        String postcode = Questions.blankToNull(support.postcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            problems.add("postcode", "referral.question.problem.postcode");
        }
        String note = Questions.blankToNull(support.note());
        if (note != null && note.length() > MAX_NOTE) {
            problems.add("note", "referral.support.problem.note", MAX_NOTE);
        }
        problems.throwIfAny();
        if (support.familyId() != null) {
            families.file(networkId, support.familyId(), "MATERIAL_SUPPORT");
        }
        scope.enter(networkId);
        MaterialSupport created = new MaterialSupport(
                UUID.randomUUID(),
                networkId,
                support.organisation(),
                support.familyId(),
                support.familyId() == null ? postcode : null,
                support.kind(),
                support.givenOn(),
                note,
                CurrentUser.require().id(),
                clock.instant(),
                null,
                null);
        store.insert(created);
        audit.personalData(
                networkId,
                AuditAction.MATERIAL_SUPPORT_REGISTERED,
                TYPE,
                created.id(),
                "MATERIAL_SUPPORT",
                created.kind() + (created.anonymous() ? ", anonymous" : ", for family " + created.familyId()));
        return created.id();
    }

    Page list(UUID networkId, int page, int size) {
        Set<UUID> organisations = access.requireStaff(networkId, TYPE, "LIST");
        scope.enter(networkId);
        long total = store.count(organisations);
        List<MaterialSupport> supports = store.page(organisations, size, (long) page * size);
        audit.personalData(
                networkId,
                AuditAction.MATERIAL_SUPPORT_LISTED,
                TYPE,
                "*",
                "LIST",
                "Listed " + supports.size() + " material support contacts");
        return new Page(supports, page, size, total);
    }

    /** The family (null when anonymous) a warm referral from this support is for; the read is audited. */
    @Nullable
    UUID startReferral(UUID networkId, UUID supportId) {
        MaterialSupport support = visible(networkId, supportId, "REFERRAL");
        audit.personalData(
                networkId,
                AuditAction.MATERIAL_SUPPORT_READ,
                TYPE,
                supportId,
                "REFERRAL",
                "Warm referral started from material support");
        return support.familyId();
    }

    /** For the warm-referral code: this support led to the referral, in the referral's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void markReferred(UUID networkId, UUID supportId, UUID referralId) {
        visible(networkId, supportId, "REFERRAL");
        store.markReferred(supportId, referralId, clock.instant());
        audit.personalData(
                networkId,
                AuditAction.MATERIAL_SUPPORT_REFERRED,
                TYPE,
                supportId,
                "REFERRAL",
                "Referral " + referralId);
    }

    private MaterialSupport visible(UUID networkId, UUID supportId, String purpose) {
        Set<UUID> organisations = access.requireStaff(networkId, TYPE, purpose);
        scope.enter(networkId);
        MaterialSupport support = store.find(supportId).orElse(null);
        if (support == null || !organisations.contains(support.organisationId())) {
            throw access.denied(
                    networkId, TYPE, supportId, purpose, support == null ? "unknown" : "another organisation");
        }
        return support;
    }
}
