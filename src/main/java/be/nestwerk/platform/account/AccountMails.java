package be.nestwerk.platform.account;

import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.SiteAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of the mails with one-time links, in the language of the person who causes them (the inviter, or the
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
            String to, String name, String inviter, String networkName, Role role, String secret, Instant expiresAt) {
        Locale locale = LocaleContextHolder.getLocale();
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

    void passwordReset(String to, String name, String secret, Instant expiresAt) {
        Locale locale = LocaleContextHolder.getLocale();
        mailer.send(
                to,
                messages.getMessage("account.mail.password-reset.subject", null, locale),
                messages.getMessage(
                        "account.mail.password-reset.body",
                        new Object[] {name, link("/account/password-reset/", secret), when(expiresAt)},
                        locale));
    }

    private String link(String path, String secret) {
        return site.absolute(path + secret);
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(BRUSSELS));
    }
}
