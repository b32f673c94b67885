package be.nestwerk.referral;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A warm referral of a family from one partner to another: what the family wants and how to engage them, and where
 * it is. Its steps follow one way — sent, opened, accepted or declined, contact made, closed with an outcome — and the
 * sender may revoke it while it waits. Each step returns the referral as it is after the step, and the step itself.
 */
record Referral(
        UUID id,
        UUID networkId,
        UUID familyId,
        UUID requestId,
        UUID fromOrganisation,
        UUID sentBy,
        UUID toOrganisation,
        ReferralRequest request,
        WarmHandover warm,
        @Nullable UUID questionId,
        @Nullable UUID materialSupportId,
        @Nullable UUID offerId,
        ReferralStatus status,
        Instant statusSince,
        @Nullable ReferralOutcome outcome,
        @Nullable Instant remindedAt,
        Instant createdAt,
        long version) {

    /** For each status: the statuses it may go to, and the side that takes that step. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            ReferralStatus.SENT,
                    Set.of(
                            ReferralStatus.OPENED,
                            ReferralStatus.ACCEPTED,
                            ReferralStatus.DECLINED,
                            ReferralStatus.REVOKED),
            ReferralStatus.OPENED, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.REVOKED),
            ReferralStatus.ACCEPTED, Set.of(ReferralStatus.CONTACT_MADE, ReferralStatus.CLOSED, ReferralStatus.REVOKED),
            ReferralStatus.CONTACT_MADE, Set.of(ReferralStatus.CLOSED, ReferralStatus.REVOKED));

    static Referral sent(UUID id, UUID networkId, NewReferral referral, UUID sentBy, Instant at) {
        return new Referral(
                id,
                networkId,
                referral.familyId(),
                referral.requestId(),
                referral.fromOrganisation(),
                sentBy,
                referral.toOrganisation(),
                referral.request(),
                referral.warm(),
                referral.questionId(),
                referral.materialSupportId(),
                referral.offerId(),
                ReferralStatus.SENT,
                at,
                null,
                null,
                at,
                0);
    }

    ReferralStep firstStep() {
        return new ReferralStep(id, ReferralStatus.SENT, null, null, null, sentBy, fromOrganisation, createdAt);
    }

    /** The side that may take a step to this status: the sender only revokes, the receiver does the rest. */
    static ReferralSide sideFor(ReferralStatus to) {
        return to == ReferralStatus.REVOKED ? ReferralSide.SENDER : ReferralSide.RECEIVER;
    }

    boolean allows(ReferralStatus to) {
        return NEXT.getOrDefault(status, Set.of()).contains(to);
    }

    /** The step to a next status with its details. */
    Moved moveTo(Step step, @Nullable UUID by, Instant at) {
        if (!allows(step.status())) {
            throw new IllegalStepException(status, step.status());
        }
        UUID organisation = sideFor(step.status()) == ReferralSide.SENDER ? fromOrganisation : toOrganisation;
        Referral next = new Referral(
                id,
                networkId,
                familyId,
                requestId,
                fromOrganisation,
                sentBy,
                toOrganisation,
                request,
                warm,
                questionId,
                materialSupportId,
                offerId,
                step.status(),
                at,
                step.outcome(),
                null,
                createdAt,
                version + 1);
        return new Moved(
                next,
                new ReferralStep(
                        id, step.status(), step.outcome(), step.declineReason(), step.note(), by, organisation, at));
    }

    /** A step someone asks for: the status, and the outcome (closing) or the reason (declining) it needs. */
    record Step(
            ReferralStatus status,
            @Nullable ReferralOutcome outcome,
            @Nullable DeclineReason declineReason,
            @Nullable String note) {

        Step {
            if ((status == ReferralStatus.CLOSED) != (outcome != null)) {
                throw new IllegalArgumentException("An outcome belongs to closing, and closing needs one");
            }
            if ((status == ReferralStatus.DECLINED) != (declineReason != null)) {
                throw new IllegalArgumentException("A reason belongs to declining, and declining needs one");
            }
        }

        static Step to(ReferralStatus status) {
            return new Step(status, null, null, null);
        }
    }

    record Moved(Referral referral, ReferralStep step) {}
}
