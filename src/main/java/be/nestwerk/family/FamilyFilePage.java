package be.nestwerk.family;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the page of a family's file shows (the family, its consents with the partners' names, the consent form), for
 * every controller that shows it again after an action; and the organisations the current person works for.
 */
@Component
class FamilyFilePage {

    private final NetworkDirectory networks;
    private final FamilyAccess access;
    private final Clock clock;

    FamilyFilePage(NetworkDirectory networks, FamilyAccess access, Clock clock) {
        this.networks = networks;
        this.access = access;
        this.clock = clock;
    }

    String show(Model model, NetworkRef network, Family family) {
        List<OrganisationRef> partners = networks.organisationsOf(network.id());
        Map<UUID, String> names =
                partners.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        Map<UUID, String> members =
                family.members().stream().collect(Collectors.toMap(FamilyMember::id, FamilyMember::name));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("network", network);
        model.addAttribute("family", family);
        model.addAttribute("partnerNames", names);
        model.addAttribute("memberNames", members);
        model.addAttribute("partners", partners);
        model.addAttribute("myOrganisations", mine(network.id()));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("today", today);
        model.addAttribute("defaultUntil", today.plusYears(1));
        model.addAttribute("documentLanguages", DocumentLanguages.ALL);
        model.addAttribute("documentLanguage", DocumentLanguages.of(family));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "family/file";
    }

    /** The organisations the current person works with families for in the network, by name. */
    List<OrganisationRef> mine(UUID networkId) {
        return networks.findOrganisations(access.organisations(networkId)).stream()
                .sorted(Comparator.comparing(OrganisationRef::name))
                .toList();
    }
}
