package be.nestwerk.platform.security;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work outside a request (start-up jobs such as the demo data) in a person's name, so that the application
 * services check their rights and the audit log names them, exactly as when they act through a page.
 */
@Component
public class ActingAs {

    private final SignIn signIn;

    ActingAs(SignIn signIn) {
        this.signIn = signIn;
    }

    public <T> T call(UUID userId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            signIn.actAs(userId);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(UUID userId, Runnable work) {
        call(userId, () -> {
            work.run();
            return null;
        });
    }
}
