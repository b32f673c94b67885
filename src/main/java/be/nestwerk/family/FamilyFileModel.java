package be.nestwerk.family;

import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/** What the page of a family's file shows: the family, its consents with the partners' names, and the consent form. */
final class FamilyFileModel {

    private FamilyFileModel() {}

    static String fill(
            Model model,
            NetworkRef network,
            Family family,
            List<OrganisationRef> partners,
            List<OrganisationRef> mine) {
        Map<UUID, String> names =
                partners.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        Map<UUID, String> members =
                family.members().stream().collect(Collectors.toMap(FamilyMember::id, FamilyMember::name));
        model.addAttribute("network", network);
        model.addAttribute("family", family);
        model.addAttribute("partnerNames", names);
        model.addAttribute("memberNames", members);
        model.addAttribute("partners", partners);
        model.addAttribute("myOrganisations", mine);
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("defaultUntil", LocalDate.now().plusYears(1));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "family/file";
    }
}
