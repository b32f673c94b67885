package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The way of a referral, without Spring: which step may follow which, and who takes it. */
class ReferralTests {

    static final Instant SENT_AT = Instant.parse("2026-11-23T09:00:00Z");
    final UUID sender = UUID.randomUUID();
    final UUID receiver = UUID.randomUUID();

    Referral sent() {
        NewReferral referral = new NewReferral(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                new ReferralRequest("Zoekt opvang", "Twee halve dagen", "nl", false, null, null),
                new WarmHandover(true, false, false, null),
                null,
                null);
        return Referral.sent(UUID.randomUUID(), UUID.randomUUID(), referral, sender, SENT_AT);
    }

    @Test
    void aSentReferralStartsWithTheSendersStep() {
        Referral referral = sent();

        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.firstStep().byAccount()).isEqualTo(sender);
        assertThat(referral.firstStep().byOrganisation()).isEqualTo(referral.fromOrganisation());
    }

    @Test
    void goesFromSentToClosedWithAnOutcomeThroughTheReceiversSteps() {
        Referral referral = sent();
        Instant later = SENT_AT.plusSeconds(3600);

        Referral.Moved opened = referral.moveTo(Referral.Step.to(ReferralStatus.OPENED), receiver, later);
        Referral.Moved accepted = opened.referral().moveTo(Referral.Step.to(ReferralStatus.ACCEPTED), receiver, later);
        Referral.Moved contact =
                accepted.referral().moveTo(Referral.Step.to(ReferralStatus.CONTACT_MADE), receiver, later);
        Referral.Moved closed = contact.referral()
                .moveTo(
                        new Referral.Step(ReferralStatus.CLOSED, ReferralOutcome.GOT_HELP, null, "Start maandag"),
                        receiver,
                        later);

        assertThat(closed.referral().version()).as("one version per step").isEqualTo(referral.version() + 4);
        assertThat(closed.referral().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.referral().outcome()).isEqualTo(ReferralOutcome.GOT_HELP);
        assertThat(closed.referral().statusSince()).isEqualTo(later);
        assertThat(closed.step().byOrganisation()).isEqualTo(referral.toOrganisation());
        assertThat(closed.step().note()).isEqualTo("Start maandag");
        assertThat(closed.referral().allows(ReferralStatus.REVOKED)).isFalse();
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheWay() {
        Referral declined = sent().moveTo(
                        new Referral.Step(ReferralStatus.DECLINED, null, DeclineReason.NO_CAPACITY, null),
                        receiver,
                        SENT_AT)
                .referral();

        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        for (ReferralStatus next : ReferralStatus.values()) {
            assertThat(declined.allows(next)).as(next.name()).isFalse();
        }
        assertThatThrownBy(() -> new Referral.Step(ReferralStatus.DECLINED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Referral.Step(ReferralStatus.CLOSED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSenderRevokesWhileItWaitsAndOnlyThen() {
        Referral referral = sent();
        Referral.Moved revoked = referral.moveTo(Referral.Step.to(ReferralStatus.REVOKED), sender, SENT_AT);

        assertThat(Referral.sideFor(ReferralStatus.REVOKED)).isEqualTo(ReferralSide.SENDER);
        assertThat(Referral.sideFor(ReferralStatus.ACCEPTED)).isEqualTo(ReferralSide.RECEIVER);
        assertThat(revoked.step().byOrganisation()).isEqualTo(referral.fromOrganisation());
        assertThatThrownBy(
                        () -> revoked.referral().moveTo(Referral.Step.to(ReferralStatus.ACCEPTED), receiver, SENT_AT))
                .isInstanceOf(IllegalStepException.class);
    }

    @Test
    void contactCannotBeMadeBeforeTheReferralIsAccepted() {
        assertThatThrownBy(() -> sent().moveTo(Referral.Step.to(ReferralStatus.CONTACT_MADE), receiver, SENT_AT))
                .isInstanceOf(IllegalStepException.class);
        assertThat(sent().allows(ReferralStatus.CLOSED)).isFalse();
    }
}
