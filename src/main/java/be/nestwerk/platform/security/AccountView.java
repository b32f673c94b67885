package be.nestwerk.platform.security;

import be.nestwerk.platform.i18n.Languages;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who can sign in; {@code preferredLocale} is the language they chose on their account page, if any. */
public record AccountView(
        UUID id,
        String email,
        String displayName,
        boolean agencyAdmin,
        boolean hasPassword,
        @Nullable Instant lockedUntil,
        @Nullable Locale preferredLocale) {

    /** The language to address this person in: their choice, or Dutch when they made none. */
    public Locale locale() {
        return preferredLocale == null ? Languages.DUTCH : preferredLocale;
    }

    static AccountView of(UserAccount account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.displayName(),
                account.agencyAdmin(),
                account.passwordHash() != null,
                account.lockedUntil(),
                account.preferredLanguage().orElse(null));
    }
}
