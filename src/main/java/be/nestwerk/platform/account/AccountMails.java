package be.nestwerk.platform.account;

import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.SiteAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of the mails with one-time links: in the language the recipient chose for their account, and for someone
 * without an account or without a choice in the language of the person who causes the mail (the inviter, or the
 * person asking for a new password), which is the best guess we have for the recipient's.
 */
@Component
class AccountMails {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteAddress site;

    AccountMails(Mailer mailer, MessageSource messages, SiteAddress site) {
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
    }

    void invitation(
            String to,
            Optional<AccountView> recipient,
            String name,
            String inviter,
            String networkName,
            Role role,
            String secret,
            Instant expiresAt) {
        Locale locale = languageOf(recipient);
        String roleLabel = messages.getMessage(role.messageKey(), null, locale);
        mailer.send(
                to,
                messages.getMessage("account.mail.invitation.subject", new Object[] {networkName}, locale),
                messages.getMessage(
                        "account.mail.invitation.body",
                        new Object[] {
                            name, inviter, roleLabel, networkName, link("/account/invitation/", secret), when(expiresAt)
                        },
                        locale));
    }

    void passwordReset(AccountView recipient, String secret, Instant expiresAt) {
        Locale locale = languageOf(Optional.of(recipient));
        String name = recipient.displayName();
        mailer.send(
                recipient.email(),
                messages.getMessage("account.mail.password-reset.subject", null, locale),
                messages.getMessage(
                        "account.mail.password-reset.body",
                        new Object[] {name, link("/account/password-reset/", secret), when(expiresAt)},
                        locale));
    }

    private static Locale languageOf(Optional<AccountView> recipient) {
        return recipient.map(AccountView::preferredLocale).orElseGet(LocaleContextHolder::getLocale);
    }

    private String link(String path, String secret) {
        return site.absolute(path + secret);
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(BRUSSELS));
    }
}
