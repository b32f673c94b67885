package be.nestwerk.referral;

import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.tenancy.NetworkRef;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail to a volunteer named as companion: the network and a link to the task, nothing about the family or the
 * referral, since mail leaves the platform's protection. Queued through the outbox in the naming's transaction, in
 * the language of the volunteer's account.
 */
@Component
class CompanionMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    CompanionMails(Mailer mailer, MessageSource messages, @Value("${nestwerk.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void named(AccountView volunteer, NetworkRef network, UUID referralId) {
        Object[] arguments = {network.name(), baseUrl + "/n/" + network.slug() + "/tasks/" + referralId};
        mailer.send(
                volunteer.email(),
                messages.getMessage("companion.mail.named.subject", arguments, volunteer.locale()),
                messages.getMessage("companion.mail.named.body", arguments, volunteer.locale()));
    }
}
