package be.nestwerk.platform.account;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.SecondFactors;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator's view on the second factor of a member of their network, and its reset. */
@Service
class MemberSecondFactors {

    record Member(UUID membershipId, UUID userId, String name, String email, SecondFactors.Status status) {}

    private final NetworkAccess access;
    private final Memberships memberships;
    private final Accounts accounts;
    private final SecondFactors factors;

    MemberSecondFactors(NetworkAccess access, Memberships memberships, Accounts accounts, SecondFactors factors) {
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.factors = factors;
    }

    @Transactional(readOnly = true)
    Member member(UUID networkId, UUID membershipId) {
        access.require(networkId, Role.COORDINATOR);
        MembershipView membership = memberships.ofNetwork(networkId).stream()
                .filter(m -> m.id().equals(membershipId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("membership"));
        AccountView account = accounts.find(membership.userId()).orElseThrow(() -> new NotFoundException("account"));
        return new Member(
                membershipId, account.id(), account.displayName(), account.email(), factors.status(account.id()));
    }

    @Transactional
    Member reset(UUID networkId, UUID membershipId) {
        Member member = member(networkId, membershipId);
        factors.resetForMember(networkId, member.userId());
        return member;
    }
}
