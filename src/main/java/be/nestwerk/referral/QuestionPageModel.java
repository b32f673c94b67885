package be.nestwerk.referral;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the question and material support pages share: the network, the names of its organisations and of the people
 * who can own a question, and the organisations the current person works for.
 */
@Component
class QuestionPageModel {

    /** Someone who can own a question: a staff member of an organisation, named "person — organisation". */
    record Owner(UUID person, UUID organisation, String label) {}

    private final NetworkDirectory networks;
    private final QuestionAccess access;
    private final Accounts accounts;

    QuestionPageModel(NetworkDirectory networks, QuestionAccess access, Accounts accounts) {
        this.networks = networks;
        this.access = access;
        this.accounts = accounts;
    }

    NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    /** The network's organisations, their names, and the current person's own, on the model. */
    void organisations(Model model, NetworkRef network) {
        List<OrganisationRef> all = networks.organisationsOf(network.id());
        model.addAttribute("network", network);
        model.addAttribute("organisations", all);
        model.addAttribute(
                "organisationNames",
                all.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a)));
        model.addAttribute("myOrganisations", mine(network.id()));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
    }

    /** Everything the question form and page need to choose an owner. */
    void owners(Model model, NetworkRef network) {
        organisations(model, network);
        @SuppressWarnings("unchecked")
        Map<UUID, String> organisationNames = (Map<UUID, String>) model.getAttribute("organisationNames");
        List<MembershipView> memberships = access.owners(network.id());
        Map<UUID, AccountView> people =
                accounts.byIds(memberships.stream().map(MembershipView::userId).collect(Collectors.toSet()));
        model.addAttribute(
                "owners",
                memberships.stream()
                        .filter(m -> people.containsKey(m.userId()))
                        .map(m -> new Owner(
                                m.userId(),
                                m.organisationId(),
                                people.get(m.userId()).displayName() + " — "
                                        + organisationNames.getOrDefault(m.organisationId(), "")))
                        .distinct()
                        .sorted(Comparator.comparing(Owner::label))
                        .toList());
        model.addAttribute("themes", QuestionTheme.values());
        model.addAttribute("channels", QuestionChannel.values());
    }

    /** The display names of these people. */
    Map<UUID, String> names(Collection<UUID> people) {
        return accounts.byIds(people).values().stream()
                .collect(Collectors.toMap(AccountView::id, AccountView::displayName));
    }

    List<OrganisationRef> mine(UUID networkId) {
        return networks.findOrganisations(access.organisations(networkId)).stream()
                .sorted(Comparator.comparing(OrganisationRef::name))
                .toList();
    }
}
