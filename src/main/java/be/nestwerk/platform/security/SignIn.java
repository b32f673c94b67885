package be.nestwerk.platform.security;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a person in without the login form, for flows that have already proven who they are (a one-time
 * invitation link and the password chosen with it), and refreshes the signed-in principal after a change.
 */
@Component
public class SignIn {

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(UserAccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Makes the person the current user of this request only, so that what the request does next (and its audit
     * entries) is done in their name. {@link #remember} keeps them signed in for the next requests.
     */
    @Transactional(readOnly = true)
    public NestwerkUser actAs(UUID userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        NestwerkUser user = new NestwerkUser(account, account.isLockedAt(clock.instant()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /** Keeps the current user of this request signed in, in a new session (no fixation), and audits the sign-in. */
    public void remember(HttpServletRequest request, HttpServletResponse response) {
        NestwerkUser user = CurrentUser.require();
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(SecurityContextHolder.getContext(), request, response);
        auditLog.security(AuditAction.LOGIN_SUCCEEDED, user.id(), user.email(), null, "Signed in with a one-time link");
    }

    /**
     * Replaces the signed-in principal by a fresh one, after the person changed their name. The factors the session
     * has proved (the password, a second factor) stay proved.
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        NestwerkUser user = actAs(CurrentUser.require().id());
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        if (previous != null) {
            previous.getAuthorities().stream()
                    .filter(FactorGrantedAuthority.class::isInstance)
                    .forEach(authorities::add);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
