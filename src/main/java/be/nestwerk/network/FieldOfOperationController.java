package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinator's page to pick the field of operation: search units by name or postcode, browse the parts of a
 * municipality, add and remove with plain forms.
 */
@Controller
class FieldOfOperationController {

    static final int SEARCH_LIMIT = 40;

    private final Networks networks;
    private final FieldsOfOperation fields;
    private final TerritoryQueries territory;
    private final NetworkAccess access;
    private final MessageSource messages;

    FieldOfOperationController(
            Networks networks,
            FieldsOfOperation fields,
            TerritoryQueries territory,
            NetworkAccess access,
            MessageSource messages) {
        this.networks = networks;
        this.fields = fields;
        this.territory = territory;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/area")
    @RequiresNetworkRole(Role.COORDINATOR)
    String area(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String browse,
            Model model) {
        NetworkView network = coordinated(slug);
        return show(network, q, browse, model);
    }

    @PostMapping("/n/{slug}/area/add")
    @RequiresNetworkRole(Role.COORDINATOR)
    String add(
            @PathVariable String slug,
            @RequestParam FieldUnitType type,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String browse,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkView network = coordinated(slug);
        return apply(
                network,
                () -> fields.add(network.id(), new FieldUnit(type, code)),
                q,
                browse,
                model,
                response,
                redirect,
                "network.area.added");
    }

    @PostMapping("/n/{slug}/area/remove")
    @RequiresNetworkRole(Role.COORDINATOR)
    String remove(
            @PathVariable String slug,
            @RequestParam FieldUnitType type,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String browse,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkView network = coordinated(slug);
        return apply(
                network,
                () -> fields.remove(network.id(), new FieldUnit(type, code)),
                q,
                browse,
                model,
                response,
                redirect,
                "network.area.removed");
    }

    private String apply(
            NetworkView network,
            Runnable change,
            String q,
            String browse,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey) {
        try {
            change.run();
        } catch (BusinessRuleException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "refusal",
                    messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale()));
            return showRefusal(network, q, browse, model);
        } catch (UnknownTerritoryUnitException unknown) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "refusal",
                    messages.getMessage(
                            "network.area.unknown-unit",
                            new Object[] {unknown.codes()},
                            LocaleContextHolder.getLocale()));
            return showRefusal(network, q, browse, model);
        }
        redirect.addFlashAttribute("done", doneKey);
        return "redirect:" + areaAddress(network, q, browse);
    }

    /**
     * A refusal answers the POST of the add or remove button, an address that cannot be opened: the language links
     * lead back to the area page as it was searched and opened instead.
     */
    private String showRefusal(NetworkView network, String q, String browse, Model model) {
        model.addAttribute("languageBase", areaAddress(network, q, browse));
        return show(network, q, browse, model);
    }

    private static String areaAddress(NetworkView network, String q, String browse) {
        return UriComponentsBuilder.fromPath("/n/{slug}/area")
                .queryParamIfPresent("q", Optional.of(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("browse", Optional.of(browse).filter(s -> !s.isBlank()))
                .buildAndExpand(network.slug())
                .encode()
                .toUriString();
    }

    private String show(NetworkView network, String query, String browse, Model model) {
        String q = query.length() > PublicNetworkController.MAX_QUERY_LENGTH
                ? query.substring(0, PublicNetworkController.MAX_QUERY_LENGTH)
                : query;
        FieldOfOperationView field = fields.of(network.id());
        Set<String> picked = field.units().stream()
                .map(unit -> key(unit.type(), unit.code()))
                .collect(Collectors.toSet());
        model.addAttribute("network", network);
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        model.addAttribute("browse", browse);
        model.addAttribute(
                "results",
                q.isBlank()
                        ? List.of()
                        : territory.search(q, SEARCH_LIMIT).stream()
                                .map(unit -> Candidate.of(unit, picked))
                                .toList());
        model.addAttribute("browsing", browse(browse, picked));
        UUID parentId = network.parentNetworkId();
        model.addAttribute(
                "parent", parentId == null ? null : networks.find(parentId).orElse(null));
        model.addAttribute("parentField", parentId == null ? null : fields.of(parentId));
        return "network/area";
    }

    /** A unit to offer, and whether the field of operation includes it already (itself or a unit around it). */
    record Candidate(TerritoryUnitInfo unit, boolean included) {

        static Candidate of(TerritoryUnitInfo unit, Set<String> picked) {
            boolean included = picked.contains(key(unit.type(), unit.code()))
                    || picked.contains(key(FieldUnitType.MUNICIPALITY, unit.nisCode()))
                    || (unit.type() == FieldUnitType.SECTOR
                            && unit.deelgemeenteCode() != null
                            && picked.contains(key(FieldUnitType.DEELGEMEENTE, unit.deelgemeenteCode())));
            return new Candidate(unit, included);
        }
    }

    private static String key(FieldUnitType type, String code) {
        return type + ":" + code;
    }

    /** A municipality opened to pick its parts: each deelgemeente with its sectors. */
    record Browse(TerritoryUnitInfo municipality, List<Group> groups) {}

    record Group(@Nullable Candidate deelgemeente, List<Candidate> sectors) {}

    private @Nullable Browse browse(String nisCode, Set<String> picked) {
        if (!nisCode.matches("\\d{5}")) {
            return null;
        }
        List<TerritoryUnitInfo> municipality = territory.units(List.of(FieldUnit.municipality(nisCode)));
        if (municipality.isEmpty()) {
            return null;
        }
        List<TerritoryUnitInfo> parts = territory.partsOf(nisCode);
        Map<String, List<Candidate>> sectors = parts.stream()
                .filter(part -> part.type() == FieldUnitType.SECTOR)
                .collect(Collectors.groupingBy(
                        part -> String.valueOf(part.deelgemeenteCode()),
                        LinkedHashMap::new,
                        Collectors.mapping(part -> Candidate.of(part, picked), Collectors.toList())));
        List<Group> groups = new ArrayList<>();
        parts.stream()
                .filter(part -> part.type() == FieldUnitType.DEELGEMEENTE)
                .forEach(deelgemeente -> groups.add(new Group(
                        Candidate.of(deelgemeente, picked), sectors.getOrDefault(deelgemeente.code(), List.of()))));
        List<Candidate> elsewhere = sectors.getOrDefault("null", List.of());
        if (!elsewhere.isEmpty()) {
            groups.add(new Group(null, elsewhere));
        }
        return new Browse(municipality.get(0), groups);
    }

    private NetworkView coordinated(String slug) {
        NetworkView network = networks.requireBySlug(slug);
        access.require(network.id(), Role.COORDINATOR);
        return network;
    }
}
