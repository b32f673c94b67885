package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's personal link: with it, the family sees the consents it gave and revokes any of them itself, without
 * an account and without going through a professional. Only a hash of the link's secret is kept; a new link replaces
 * the previous one. The page shows no name, only the partners and purposes.
 */
@Service
@Transactional
public class ConsentLinks {

    static final Duration VALIDITY = Duration.ofDays(366);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final FamilyStore store;
    private final FamilyScope scope;
    private final Consents consents;
    private final AuditLog audit;
    private final Clock clock;

    ConsentLinks(
            JdbcClient jdbc,
            FamilyRegistry registry,
            FamilyStore store,
            FamilyScope scope,
            Consents consents,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.store = store;
        this.scope = scope;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the family's page shows: its consents, and until when the link works. */
    public record FamilyConsents(UUID familyId, UUID networkId, List<Consent> consents, Instant linkExpires) {

        public FamilyConsents {
            consents = List.copyOf(consents);
        }
    }

    /**
     * A new personal link for the family, by a professional who may see it; the previous link stops working.
     *
     * @return the secret of the link (shown once, never stored)
     */
    public String issue(UUID networkId, UUID familyId) {
        registry.file(networkId, familyId, "CONSENT_LINK");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("delete from consent_link where family_id = ?").param(familyId).update();
        jdbc.sql("insert into consent_link (token_hash, family_id, network_id, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(hash(token), familyId, networkId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        audit.personalData(
                networkId, AuditAction.CONSENT_RECORDED, "Family", familyId, "CONSENT_LINK", "Personal link issued");
        return token;
    }

    /** The family's consents behind a link that works; empty for an unknown or expired link. */
    public Optional<FamilyConsents> open(String token) {
        Optional<Link> link = link(token);
        link.ifPresent(found -> {
            scope.enter(found.networkId());
            audit.personalData(
                    found.networkId(), AuditAction.FAMILY_READ, "Family", found.familyId(), "OWN_CONSENTS", "By link");
        });
        return link.map(found -> new FamilyConsents(
                found.familyId(), found.networkId(), store.consents(found.familyId()), found.expires()));
    }

    /** Revokes one of the family's consents through its link; false when the link or the consent is not theirs. */
    public boolean revoke(String token, UUID consentId) {
        Optional<Link> link = link(token);
        if (link.isEmpty()) {
            return false;
        }
        scope.enter(link.get().networkId());
        Optional<Consent> consent = store.consent(consentId)
                .filter(found -> found.familyId().equals(link.get().familyId()));
        consent.ifPresent(found -> consents.revoke(found, null, RevocationChannel.PERSONAL_LINK));
        return consent.isPresent();
    }

    /** Whether a consent is in force today, for the page. */
    boolean inForce(Consent consent) {
        return consent.inForceOn(LocalDate.now(clock));
    }

    private record Link(UUID familyId, UUID networkId, Instant expires) {}

    private Optional<Link> link(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select family_id, network_id, expires_at from consent_link where token_hash = ?"
                        + " and expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Link(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
