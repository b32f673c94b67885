package be.nestwerk.referral;

import be.nestwerk.family.ConsentPurpose;
import be.nestwerk.family.ConsentRevoked;
import be.nestwerk.family.Consents;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a family withdraws the consent a waiting referral rests on (and no other consent covers it), the referral is
 * revoked in the same transaction, with the family (or the professional who recorded its word) as who, and both
 * partners are told — so the sender's loop closes instead of waiting for a receiver who may no longer see it.
 */
@Component
class ReferralConsentWatch {

    private final ReferralStore store;
    private final FamilyScope scope;
    private final Consents consents;
    private final ReferralNotifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    ReferralConsentWatch(
            ReferralStore store,
            FamilyScope scope,
            Consents consents,
            ReferralNotifications notifications,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.scope = scope;
        this.consents = consents;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ConsentRevoked revoked) {
        if (revoked.purpose() != ConsentPurpose.REFERRAL) {
            return;
        }
        scope.enter(revoked.networkId());
        for (Referral referral : store.ofFamily(revoked.familyId())) {
            boolean restedOnIt = referral.status().waiting()
                    && (revoked.organisationId() == null
                            || revoked.organisationId().equals(referral.toOrganisation()));
            if (!restedOnIt
                    || consents.covers(
                            referral.networkId(),
                            referral.familyId(),
                            referral.toOrganisation(),
                            ConsentPurpose.REFERRAL)) {
                continue;
            }
            Referral.Moved moved =
                    referral.moveTo(Referral.Step.to(ReferralStatus.REVOKED), revoked.by(), clock.instant());
            if (store.move(referral.version(), moved.referral(), moved.step())) {
                audit.personalData(
                        referral.networkId(),
                        AuditAction.REFERRAL_REVOKED,
                        "Referral",
                        referral.id(),
                        Referrals.PURPOSE,
                        "Revoked: the family withdrew its consent " + revoked.consentId());
                notifications.stepTaken(moved.referral(), moved.step());
            }
        }
    }
}
