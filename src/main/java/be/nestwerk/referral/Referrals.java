package be.nestwerk.referral;

import be.nestwerk.family.ConsentPurpose;
import be.nestwerk.family.Consents;
import be.nestwerk.family.Family;
import be.nestwerk.family.FamilyProblem;
import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.offer.OfferChoice;
import be.nestwerk.offer.PublishedOffers;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm referrals between partners. Sending one needs the family's consent for a referral to the receiving partner;
 * the receiver sees the referral (and the family) only while that consent is in force. Each step is recorded with who
 * and when, audited, and announced by mail — without personal data — to the other side, in the step's transaction.
 */
@Service
@Transactional
public class Referrals {

    static final String PURPOSE = "REFERRAL";
    static final int MAX_TEXT = 2000;
    static final int MAX_LINE = 500;

    private final ReferralStore store;
    private final ReferralAccess access;
    private final FamilyRegistry families;
    private final Consents consents;
    private final FamilyScope scope;
    private final NetworkDirectory directory;
    private final ReferralNotifications notifications;
    private final Questions questions;
    private final MaterialSupports supports;
    private final PublishedOffers offers;
    private final AuditLog audit;
    private final Clock clock;

    Referrals(
            ReferralStore store,
            ReferralAccess access,
            FamilyRegistry families,
            Consents consents,
            FamilyScope scope,
            NetworkDirectory directory,
            ReferralNotifications notifications,
            Questions questions,
            MaterialSupports supports,
            PublishedOffers offers,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.families = families;
        this.consents = consents;
        this.scope = scope;
        this.directory = directory;
        this.notifications = notifications;
        this.questions = questions;
        this.supports = supports;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends a referral; sending the same request again returns the referral it made the first time.
     *
     * @throws InvalidReferralException when the form is not right
     * @throws be.nestwerk.family.ConsentMissingException when the family did not consent to this referral
     */
    UUID send(UUID networkId, NewReferral referral) {
        NestwerkUser user = access.requireStaffOf(networkId, referral.fromOrganisation(), PURPOSE);
        check(networkId, referral);
        Family family = families.file(networkId, referral.familyId(), PURPOSE);
        consents.require(networkId, family.id(), referral.toOrganisation(), ConsentPurpose.REFERRAL);
        scope.enter(networkId);
        Referral sent = Referral.sent(UUID.randomUUID(), networkId, referral, user.id(), clock.instant());
        if (!store.insert(sent)) {
            return store.findByRequest(networkId, referral.requestId())
                    .map(Referral::id)
                    .orElseThrow(() -> new IllegalStateException("A referral of the same request vanished"));
        }
        ReferralStep first = sent.firstStep();
        store.insertStep(networkId, first);
        audit.personalData(
                networkId,
                AuditAction.REFERRAL_SENT,
                "Referral",
                sent.id(),
                PURPOSE,
                "Referral of family " + family.id() + " to " + referral.toOrganisation());
        if (referral.questionId() != null) {
            questions.markReferred(networkId, referral.questionId(), sent.id());
        }
        if (referral.materialSupportId() != null) {
            supports.markReferred(networkId, referral.materialSupportId(), sent.id());
        }
        notifications.stepTaken(sent, first);
        return sent.id();
    }

    /** What the referral form for a family offers: the family, one's own organisations, the partners it consented to. */
    ReferralDraft draft(UUID networkId, UUID familyId) {
        Set<UUID> mine = access.requireStaff(networkId, PURPOSE);
        List<OrganisationRef> partners = directory.organisationsOf(networkId);
        List<OfferChoice> offered = offers.offeredBy(
                networkId, partners.stream().map(OrganisationRef::id).toList());
        Family family = families.file(networkId, familyId, PURPOSE);
        LocalDate today = LocalDate.now(clock);
        return new ReferralDraft(
                family,
                partners.stream().filter(partner -> mine.contains(partner.id())).toList(),
                partners.stream()
                        .filter(partner -> family.consents().stream()
                                .anyMatch(consent -> consent.permits(partner.id(), ConsentPurpose.REFERRAL, today)))
                        .toList(),
                offered);
    }

    /**
     * The referral as the current person may see it, with its family and its steps. The receiving partner opening it
     * for the first time is a step of its own.
     */
    ReferralView view(UUID networkId, UUID referralId) {
        Set<UUID> organisations = access.requireStaff(networkId, PURPOSE);
        Referral referral = find(networkId, referralId);
        ReferralSide side = access.sideOf(referral, organisations);
        requireConsentFor(side, referral);
        Family family = families.file(networkId, referral.familyId(), PURPOSE);
        scope.enter(networkId);
        if (side == ReferralSide.RECEIVER && referral.status() == ReferralStatus.SENT) {
            referral = move(referral, Referral.Step.to(ReferralStatus.OPENED));
        }
        audit.personalData(networkId, AuditAction.REFERRAL_READ, "Referral", referralId, PURPOSE, "Referral read");
        return new ReferralView(referral, side, family, store.steps(referralId));
    }

    /**
     * Takes a step on the referral: the receiver accepts, declines, makes contact and closes; the sender revokes.
     * Whether the reader is a party (and, as the receiver, still has the family's consent) is checked before the step
     * itself is read, so that a refusal never depends on what was asked.
     *
     * @throws IllegalArgumentException when the step is incomplete (no status, closing without an outcome …)
     * @throws IllegalStepException when the referral's status does not allow the step
     * @throws ReferralMovedMeanwhileException when someone else took a step since the page was read
     */
    void step(
            UUID networkId,
            UUID referralId,
            long version,
            @Nullable ReferralStatus status,
            @Nullable ReferralOutcome outcome,
            @Nullable DeclineReason declineReason,
            @Nullable String note) {
        Set<UUID> organisations = access.requireStaff(networkId, PURPOSE);
        Referral referral = find(networkId, referralId);
        ReferralSide side = access.sideOf(referral, organisations);
        requireConsentFor(side, referral);
        if (status == null) {
            throw new IllegalArgumentException("A step needs a status");
        }
        Referral.Step step = new Referral.Step(status, outcome, declineReason, note);
        ReferralSide needed = Referral.sideFor(status);
        if (side != needed && !organisations.contains(organisationOf(referral, needed))) {
            throw access.denied(networkId, referralId, PURPOSE, "the other side takes this step");
        }
        requireConsentFor(needed, referral);
        if (referral.version() != version) {
            throw new ReferralMovedMeanwhileException();
        }
        move(referral, step);
    }

    void step(UUID networkId, UUID referralId, long version, Referral.Step step) {
        step(networkId, referralId, version, step.status(), step.outcome(), step.declineReason(), step.note());
    }

    /** A page of the referrals sent by, or sent to, the current person's organisations; audited as one listing. */
    ReferralPage page(UUID networkId, ReferralSide side, int page, int size) {
        Set<UUID> organisations = access.requireStaff(networkId, PURPOSE);
        scope.enter(networkId);
        List<Referral> referrals = store.page(side, organisations, page * size, size);
        int total = store.count(side, organisations);
        Map<UUID, String> names = families.names(
                networkId, referrals.stream().map(Referral::familyId).toList(), PURPOSE);
        audit.personalData(
                networkId,
                AuditAction.REFERRAL_LISTED,
                "Referral",
                side,
                PURPOSE,
                referrals.size() + " referrals " + (side == ReferralSide.SENDER ? "sent" : "received"));
        return new ReferralPage(referrals, names, total, page, size);
    }

    private Referral move(Referral referral, Referral.Step step) {
        Referral.Moved moved = referral.moveTo(step, CurrentUser.require().id(), clock.instant());
        if (!store.move(referral.version(), moved.referral(), moved.step())) {
            throw new ReferralMovedMeanwhileException();
        }
        audit.personalData(
                referral.networkId(),
                AuditAction.valueOf("REFERRAL_" + step.status().name()),
                "Referral",
                referral.id(),
                PURPOSE,
                referral.status() + " → " + step.status()
                        + (step.outcome() == null ? "" : " (" + step.outcome() + ")")
                        + (step.declineReason() == null ? "" : " (" + step.declineReason() + ")"));
        notifications.stepTaken(moved.referral(), moved.step());
        return moved.referral();
    }

    private Referral find(UUID networkId, UUID referralId) {
        scope.enter(networkId);
        return store.find(referralId)
                .orElseThrow(() -> access.denied(networkId, referralId, PURPOSE, "unknown referral"));
    }

    /** The receiving partner acts only while the family's consent for this referral is in force. */
    private void requireConsentFor(ReferralSide side, Referral referral) {
        if (side == ReferralSide.RECEIVER
                && !consents.covers(
                        referral.networkId(),
                        referral.familyId(),
                        referral.toOrganisation(),
                        ConsentPurpose.REFERRAL)) {
            throw access.denied(referral.networkId(), referral.id(), PURPOSE, "consent no longer in force");
        }
    }

    private static UUID organisationOf(Referral referral, ReferralSide side) {
        return side == ReferralSide.SENDER ? referral.fromOrganisation() : referral.toOrganisation();
    }

    private void check(UUID networkId, NewReferral referral) {
        List<FamilyProblem> problems = new ArrayList<>();
        boolean partnerOfNetwork = directory.findOrganisations(List.of(referral.toOrganisation())).stream()
                .anyMatch(organisation -> organisation.networkId().equals(networkId));
        if (!partnerOfNetwork || referral.toOrganisation().equals(referral.fromOrganisation())) {
            problems.add(FamilyProblem.of("toOrganisation", "referral.problem.toOrganisation"));
        }
        UUID offer = referral.offerId();
        if (offer != null
                && offers.find(offer)
                        .filter(published -> published.networkId().equals(networkId)
                                && published.organisationId().equals(referral.toOrganisation()))
                        .isEmpty()) {
            problems.add(FamilyProblem.of("offer", "referral.problem.offer"));
        }
        ReferralRequest request = referral.request();
        required(problems, "reason", request.reason(), MAX_TEXT);
        required(problems, "familyWishes", request.familyWishes(), MAX_TEXT);
        optional(problems, "contactRoute", request.contactRoute(), MAX_LINE);
        optional(problems, "contactTimes", request.contactTimes(), MAX_LINE);
        optional(problems, "language", request.language(), 35);
        optional(problems, "warmNote", referral.warm().note(), MAX_TEXT / 2);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
    }

    private static void required(List<FamilyProblem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(FamilyProblem.of(field, "referral.problem.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FamilyProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FamilyProblem.of(field, "referral.problem.tooLong", max));
        }
    }
}
