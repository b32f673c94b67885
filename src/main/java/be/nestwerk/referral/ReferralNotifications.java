package be.nestwerk.referral;

import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.SiteAddress;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about a referral: to the receiving partner's staff and to the sender, on each step (not to whoever took
 * it), and as a reminder when it waits too long. A mail names the two partners and the status and holds a link; never
 * the family or what the referral says, since mail leaves the platform's protection. Queued through the outbox in the
 * step's transaction, so a step is never without its mail and an SMTP server that is down loses nothing. Each
 * recipient gets the mail in the language of their account, status included.
 */
@Component
class ReferralNotifications {

    private final Mailer mailer;
    private final MessageSource messages;
    private final Memberships memberships;
    private final Accounts accounts;
    private final NetworkDirectory directory;
    private final SiteAddress site;

    ReferralNotifications(
            Mailer mailer,
            MessageSource messages,
            Memberships memberships,
            Accounts accounts,
            NetworkDirectory directory,
            SiteAddress site) {
        this.mailer = mailer;
        this.messages = messages;
        this.memberships = memberships;
        this.accounts = accounts;
        this.directory = directory;
        this.site = site;
    }

    void stepTaken(Referral referral, ReferralStep step) {
        Set<UUID> people = recipients(referral);
        people.remove(step.byAccount());
        send(referral, people, "referral.mail.step", step.status());
    }

    void reminder(Referral referral, int workingDays) {
        send(referral, recipients(referral), "referral.mail.reminder", referral.status(), workingDays);
    }

    private void send(Referral referral, Set<UUID> people, String key, ReferralStatus status, Object... details) {
        if (people.isEmpty()) {
            return;
        }
        NetworkRef network = directory.findAllById(List.of(referral.networkId())).stream()
                .findFirst()
                .orElseThrow();
        Map<UUID, String> partners =
                directory.findOrganisations(List.of(referral.fromOrganisation(), referral.toOrganisation())).stream()
                        .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        String link = site.absolute("/n/" + network.slug() + "/referrals/" + referral.id());
        Object[] arguments = new Object[5 + details.length];
        arguments[0] = partners.getOrDefault(referral.fromOrganisation(), "");
        arguments[1] = partners.getOrDefault(referral.toOrganisation(), "");
        arguments[2] = network.name();
        arguments[3] = link;
        System.arraycopy(details, 0, arguments, 5, details.length);
        accounts.byIds(people).values().stream()
                .sorted(Comparator.comparing(AccountView::email))
                .forEach(recipient -> {
                    Locale locale = recipient.locale();
                    Object[] own = arguments.clone();
                    own[4] = messages.getMessage(status.messageKey(), null, locale);
                    mailer.send(
                            recipient.email(),
                            messages.getMessage(key + ".subject", own, locale),
                            messages.getMessage(key + ".body", own, locale));
                });
    }

    /** The receiving partner's staff who work with families, and the person who sent the referral. */
    private Set<UUID> recipients(Referral referral) {
        Set<UUID> people = new HashSet<>();
        for (MembershipView membership : memberships.ofNetwork(referral.networkId())) {
            if (referral.toOrganisation().equals(membership.organisationId())
                    && List.of(ReferralAccess.STAFF).contains(membership.role())) {
                people.add(membership.userId());
            }
        }
        people.add(referral.sentBy());
        return people;
    }
}
