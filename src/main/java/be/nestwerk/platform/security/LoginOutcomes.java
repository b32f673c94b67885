package be.nestwerk.platform.security;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Counts failed logins, locks an account after too many, and audits every login and logout. A successful sign-in
 * switches the interface to the language the person chose on their account page, so they see it on any device.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockoutDuration;
    private final LocaleResolver localeResolver;

    LoginOutcomes(
            UserAccountRepository accounts,
            AuditLog auditLog,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${nestwerk.security.max-failed-logins}") int maxFailedLogins,
            @Value("${nestwerk.security.lockout-duration}") Duration lockoutDuration,
            LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockoutDuration = lockoutDuration;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/workspace");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        NestwerkUser user = (NestwerkUser) authentication.getPrincipal();
        Optional<Locale> language =
                transactions.execute(status -> accounts.findById(user.id()).flatMap(account -> {
                    account.recordSuccessfulLogin();
                    return account.preferredLanguage();
                }));
        if (language != null) {
            language.ifPresent(locale -> localeResolver.setLocale(request, response, locale));
        }
        auditLog.security(AuditAction.LOGIN_SUCCEEDED, user.id(), user.email(), null, "Signed in");
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = String.valueOf(request.getParameter("username")).trim();
        @Nullable
        UserAccount account = transactions.execute(status -> accounts.findByEmail(username)
                .map(found -> {
                    if (!(exception instanceof LockedException)
                            && found.recordFailedLogin(clock.instant(), maxFailedLogins, lockoutDuration)) {
                        auditLog.security(
                                AuditAction.ACCOUNT_LOCKED,
                                found.id(),
                                found.email(),
                                null,
                                "Locked for " + lockoutDuration.toMinutes() + " minutes after " + maxFailedLogins
                                        + " failed logins");
                    }
                    return found;
                })
                .orElse(null));
        auditLog.security(
                AuditAction.LOGIN_FAILED,
                account == null ? null : account.id(),
                truncate(username),
                null,
                exception instanceof LockedException ? "Refused: account locked" : "Refused: bad credentials");
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof NestwerkUser user) {
            auditLog.security(AuditAction.LOGOUT, user.id(), user.email(), null, "Signed out");
        }
    }

    private static String truncate(String value) {
        return value.length() > 320 ? value.substring(0, 320) : value;
    }
}
