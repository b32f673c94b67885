package be.nestwerk.platform.security;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * A person's second factor (TOTP): enrolment with a first code, proof with a code or a recovery code, and reset.
 * Five wrong codes within fifteen minutes refuse every code for the rest of that window. Every enrolment, proof,
 * wrong code, lock and reset is audited. Marking the session as proved is {@link SecondFactor}'s job.
 */
@Service
public class SecondFactors {

    /** What the account page shows. {@code since} is when the factor was confirmed. */
    public record Status(
            boolean available, boolean enrolled, @Nullable Instant since, int recoveryCodesLeft) {}

    /** A secret waiting for its first code: the Base32 text to type and the otpauth URI of the QR code. */
    public record Enrolment(String secret, String uri) {}

    public enum Verdict {
        ACCEPTED,
        WRONG,
        /** The code was right, but its time step has been used already. */
        REPLAYED,
        /** Too many wrong codes lately: no code is looked at now. */
        LOCKED,
        /** There is no confirmed factor (or, when confirming, no enrolment waiting) to check the code against. */
        NOT_ENROLLED
    }

    /**
     * The outcome of a code. When accepted, {@code since} is when the factor was confirmed (the proof must not be
     * older), and {@code recoveryCodes} holds the new codes after an enrolment (shown once, never stored as such).
     */
    public record Result(Verdict verdict, @Nullable Instant since, List<String> recoveryCodes) {

        static Result of(Verdict verdict) {
            return new Result(verdict, null, List.of());
        }

        public boolean accepted() {
            return verdict == Verdict.ACCEPTED;
        }
    }

    private static final int SECRET_BYTES = 20;

    private final SecondFactorStore store;
    private final SecretCipher cipher;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration failureWindow;
    private final String issuer;
    private final TotpCodes codes = new TotpCodes();
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate transactions;

    SecondFactors(
            SecondFactorStore store,
            SecretCipher cipher,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            Clock clock,
            @Value("${nestwerk.security.totp-max-failures}") int maxFailures,
            @Value("${nestwerk.security.totp-failure-window}") Duration failureWindow,
            @Value("${nestwerk.security.totp-issuer}") String issuer,
            TransactionTemplate transactions) {
        this.store = store;
        this.cipher = cipher;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
        this.issuer = issuer;
        this.transactions = transactions;
    }

    public Duration failureWindow() {
        return failureWindow;
    }

    @Transactional(readOnly = true)
    public Status status(UUID userId) {
        Instant since = store.confirmedAt(userId).orElse(null);
        return new Status(
                cipher.available(), since != null, since, since == null ? 0 : store.recoveryCodesLeft(userId));
    }

    /**
     * The secret to show for enrolment: the one already waiting (so that a page reload shows the QR code that may
     * have been scanned), or a new one of 160 bits.
     *
     * @throws SecondFactorUnavailableException when the server has no key to store it encrypted
     */
    @Transactional
    public Enrolment startEnrolment(UUID userId) {
        if (!cipher.available()) {
            throw new SecondFactorUnavailableException();
        }
        UserAccount account = account(userId);
        byte[] secret = store.find(userId)
                .map(factor -> {
                    if (factor.confirmed()) {
                        throw new BusinessRuleException("two-factor.already-enrolled");
                    }
                    return cipher.decrypt(factor.encryptedSecret());
                })
                .orElseGet(() -> {
                    byte[] fresh = new byte[SECRET_BYTES];
                    random.nextBytes(fresh);
                    store.savePending(userId, cipher.encrypt(fresh), clock.instant());
                    return fresh;
                });
        String text = Base32.encode(secret);
        return new Enrolment(text, uri(account.email(), text));
    }

    /**
     * Confirms the waiting enrolment with its first code and makes the recovery codes. Hashing ten codes is slow on
     * purpose, so it happens between two short transactions — after the code was found right, and before it is
     * checked again and the factor confirmed — and no database connection waits for it.
     */
    public Result confirmEnrolment(UUID userId, String code) {
        Result checked = transactions.execute(status -> enrolmentCode(userId, code, null));
        if (checked == null || !checked.accepted()) {
            return checked == null ? Result.of(Verdict.NOT_ENROLLED) : checked;
        }
        List<String> recoveryCodes = RecoveryCodes.generate(random);
        NewRecoveryCodes fresh = new NewRecoveryCodes(
                recoveryCodes,
                recoveryCodes.stream()
                        .map(RecoveryCodes::normalise)
                        .map(passwordEncoder::encode)
                        .toList());
        Result confirmed = transactions.execute(status -> enrolmentCode(userId, code, fresh));
        return confirmed == null ? Result.of(Verdict.NOT_ENROLLED) : confirmed;
    }

    private record NewRecoveryCodes(List<String> codes, List<String> hashes) {}

    /** Checks the first code; with new recovery codes, also confirms the factor and stores them. */
    private Result enrolmentCode(UUID userId, String code, @Nullable NewRecoveryCodes fresh) {
        UserAccount account = account(userId);
        Instant now = clock.instant();
        if (locked(account, now)) {
            return Result.of(Verdict.LOCKED);
        }
        SecondFactorStore.Factor factor =
                store.find(userId).filter(f -> !f.confirmed()).orElse(null);
        if (factor == null) {
            return Result.of(Verdict.NOT_ENROLLED);
        }
        TotpCodes.Check check = codes.check(cipher.decrypt(factor.encryptedSecret()), code, now, null);
        if (!check.accepted()) {
            return failure(account, now, Verdict.WRONG, "Refused at enrolment: wrong code");
        }
        if (fresh == null) {
            return Result.of(Verdict.ACCEPTED);
        }
        Instant since = now.truncatedTo(ChronoUnit.MICROS);
        if (!store.confirm(userId, since, check.step())) {
            return Result.of(Verdict.NOT_ENROLLED);
        }
        store.replaceRecoveryCodes(userId, fresh.hashes());
        store.clearFailures(userId);
        auditLog.security(
                AuditAction.TWO_FACTOR_ENROLLED,
                account.id(),
                account.email(),
                null,
                "Two-factor authentication set up, with " + fresh.codes().size() + " recovery codes");
        return new Result(Verdict.ACCEPTED, since, fresh.codes());
    }

    /** Checks a code or a recovery code (which is then used up). */
    @Transactional
    public Result verify(UUID userId, String code) {
        UserAccount account = account(userId);
        Instant now = clock.instant();
        Result result = prove(account, code, now);
        if (result.accepted()) {
            auditLog.security(
                    AuditAction.TWO_FACTOR_PROVED, account.id(), account.email(), null, "Second factor proved");
        }
        return result;
    }

    /** Removes the person's own factor, after a code or recovery code proves it is theirs. */
    @Transactional
    public Result resetOwn(UUID userId, String code) {
        UserAccount account = account(userId);
        Result result = prove(account, code, clock.instant());
        if (result.accepted()) {
            store.delete(userId);
            store.clearFailures(userId);
            auditLog.security(
                    AuditAction.TWO_FACTOR_RESET,
                    account.id(),
                    account.email(),
                    null,
                    "Two-factor authentication reset by the person, with a current code");
        }
        return result;
    }

    /**
     * Removes a member's factor for a coordinator of the network (the caller checks that role and the membership),
     * e.g. after a lost phone. The member enrols again the next time a page asks for a second factor, and every
     * session that proved the old factor no longer counts as proved.
     *
     * @return whether there was a factor to remove
     */
    @Transactional
    public boolean resetForMember(UUID networkId, UUID userId) {
        UserAccount account = account(userId);
        boolean removed = store.delete(userId);
        store.clearFailures(userId);
        auditLog.change(
                networkId,
                AuditAction.TWO_FACTOR_RESET,
                "Account",
                account.id(),
                "Two-factor authentication of " + account.email() + " reset by a coordinator"
                        + (removed ? "" : " (none was set up)"),
                null,
                null);
        return removed;
    }

    private Result prove(UserAccount account, String code, Instant now) {
        if (locked(account, now)) {
            return Result.of(Verdict.LOCKED);
        }
        SecondFactorStore.Factor factor = store.find(account.id())
                .filter(SecondFactorStore.Factor::confirmed)
                .orElse(null);
        if (factor == null) {
            return Result.of(Verdict.NOT_ENROLLED);
        }
        TotpCodes.Check check = codes.check(cipher.decrypt(factor.encryptedSecret()), code, now, factor.lastUsedStep());
        if (check.accepted() && store.useStep(account.id(), check.step())) {
            store.clearFailures(account.id());
            return new Result(Verdict.ACCEPTED, factor.confirmedAt(), List.of());
        }
        if (check.outcome() == TotpCodes.Outcome.WRONG && recoveryCodeUsed(account, code, now)) {
            store.clearFailures(account.id());
            return new Result(Verdict.ACCEPTED, factor.confirmedAt(), List.of());
        }
        return check.outcome() == TotpCodes.Outcome.WRONG
                ? failure(account, now, Verdict.WRONG, "Refused: wrong code")
                : failure(account, now, Verdict.REPLAYED, "Refused: code already used");
    }

    private boolean recoveryCodeUsed(UserAccount account, String typed, Instant now) {
        String code = RecoveryCodes.normalise(typed);
        if (code == null) {
            return false;
        }
        for (SecondFactorStore.RecoveryCode stored : store.unusedRecoveryCodes(account.id())) {
            if (passwordEncoder.matches(code, stored.hash()) && store.useRecoveryCode(stored.id(), now)) {
                auditLog.security(
                        AuditAction.TWO_FACTOR_RECOVERY_CODE_USED,
                        account.id(),
                        account.email(),
                        null,
                        "Recovery code used; " + store.recoveryCodesLeft(account.id()) + " left");
                return true;
            }
        }
        return false;
    }

    private boolean locked(UserAccount account, Instant now) {
        if (store.failuresSince(account.id(), now.minus(failureWindow)) < maxFailures) {
            return false;
        }
        auditLog.security(
                AuditAction.TWO_FACTOR_FAILED, account.id(), account.email(), null, "Refused: too many wrong codes");
        return true;
    }

    private Result failure(UserAccount account, Instant now, Verdict verdict, String summary) {
        store.recordFailure(account.id(), now, now.minus(failureWindow));
        auditLog.security(AuditAction.TWO_FACTOR_FAILED, account.id(), account.email(), null, summary);
        if (store.failuresSince(account.id(), now.minus(failureWindow)) >= maxFailures) {
            auditLog.security(
                    AuditAction.TWO_FACTOR_LOCKED,
                    account.id(),
                    account.email(),
                    null,
                    "Codes refused for " + failureWindow.toMinutes() + " minutes after " + maxFailures
                            + " wrong codes");
            return Result.of(Verdict.LOCKED);
        }
        return Result.of(verdict);
    }

    private UserAccount account(UUID userId) {
        return accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
    }

    private String uri(String email, String secret) {
        String label = UriUtils.encode(issuer + ":" + email, StandardCharsets.UTF_8);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + UriUtils.encode(issuer, StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS
                + "&period=" + TotpCodes.STEP.getSeconds();
    }
}
