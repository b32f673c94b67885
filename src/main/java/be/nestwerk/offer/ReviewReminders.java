package be.nestwerk.offer;

import be.nestwerk.offer.ReviewDueCheck.DueOffer;
import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.SiteAddress;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail that asks whether an offer is still correct, to the owner organisation's partner admins and the network's
 * coordinators, each in the language of their account.
 */
@Component
class ReviewReminders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Mailer mailer;
    private final MessageSource messages;
    private final Memberships memberships;
    private final Accounts accounts;
    private final NetworkDirectory directory;
    private final SiteAddress site;

    ReviewReminders(
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

    void remind(DueOffer offer) {
        NetworkRef network = directory.findAllById(List.of(offer.networkId())).stream()
                .findFirst()
                .orElseThrow();
        String organisation = directory.findOrganisations(List.of(offer.organisationId())).stream()
                .map(OrganisationRef::name)
                .findFirst()
                .orElse("");
        String link = site.absolute("/n/" + network.slug() + "/offers/" + offer.offerId());
        for (AccountView recipient : recipients(offer)) {
            Locale locale = recipient.locale();
            mailer.send(
                    recipient.email(),
                    messages.getMessage("offer.review.mail.subject", new Object[] {offer.name()}, locale),
                    messages.getMessage(
                            "offer.review.mail.body",
                            new Object[] {
                                recipient.displayName(),
                                offer.name(),
                                organisation,
                                network.name(),
                                DATE.format(offer.lastReviewedOn()),
                                link
                            },
                            locale));
        }
    }

    private List<AccountView> recipients(DueOffer offer) {
        Set<UUID> people = memberships.ofNetwork(offer.networkId()).stream()
                .filter(membership -> membership.role() == Role.COORDINATOR
                        || (membership.role() == Role.PARTNER_ADMIN
                                && offer.organisationId().equals(membership.organisationId())))
                .map(MembershipView::userId)
                .collect(Collectors.toSet());
        return accounts.byIds(people).values().stream()
                .sorted(java.util.Comparator.comparing(AccountView::email))
                .toList();
    }
}
