package be.nestwerk.platform.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, UUID> {

    Optional<AccountLink> findByTokenHashAndPurpose(String tokenHash, LinkPurpose purpose);

    /** The same, locked until the transaction ends, so that two clicks on one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountLink l where l.tokenHash = ?1 and l.purpose = ?2")
    Optional<AccountLink> lockByTokenHash(String tokenHash, LinkPurpose purpose);

    @Query(
            "select l from AccountLink l where l.networkId = ?1 and l.purpose = be.nestwerk.platform.account.LinkPurpose.INVITATION"
                    + " and l.usedAt is null and l.cancelledAt is null order by l.createdAt desc")
    Page<AccountLink> pendingInvitations(UUID networkId, Pageable page);

    @Query(
            "select l from AccountLink l where l.networkId = ?1 and l.purpose = be.nestwerk.platform.account.LinkPurpose.INVITATION and lower(l.email) = lower(?2)"
                    + " and l.usedAt is null and l.cancelledAt is null")
    List<AccountLink> pendingInvitations(UUID networkId, String email);

    @Query(
            "select l from AccountLink l where l.userId = ?1 and l.purpose = be.nestwerk.platform.account.LinkPurpose.PASSWORD_RESET"
                    + " and l.usedAt is null and l.cancelledAt is null")
    List<AccountLink> pendingPasswordResets(UUID userId);

    Optional<AccountLink> findByIdAndNetworkIdAndPurpose(UUID id, UUID networkId, LinkPurpose purpose);
}
