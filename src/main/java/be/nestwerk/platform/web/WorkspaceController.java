package be.nestwerk.platform.web;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's start page: the networks they belong to, with their roles, to pick one. */
@Controller
class WorkspaceController {

    private final Memberships memberships;
    private final NetworkDirectory networks;

    WorkspaceController(Memberships memberships, NetworkDirectory networks) {
        this.memberships = memberships;
        this.networks = networks;
    }

    record NetworkRoles(NetworkRef network, List<Role> roles) {}

    @GetMapping("/workspace")
    String workspace(Model model) {
        NestwerkUser user = CurrentUser.require();
        Map<UUID, List<Role>> roles = memberships.ofUser(user.id()).stream()
                .collect(Collectors.groupingBy(
                        MembershipView::networkId, Collectors.mapping(MembershipView::role, Collectors.toList())));
        Map<UUID, NetworkRef> refs = networks.findAllById(roles.keySet()).stream()
                .collect(Collectors.toMap(NetworkRef::id, Function.identity()));
        List<NetworkRoles> rows = roles.entrySet().stream()
                .filter(entry -> refs.containsKey(entry.getKey()))
                .map(entry -> new NetworkRoles(
                        refs.get(entry.getKey()),
                        entry.getValue().stream().sorted().toList()))
                .sorted(Comparator.comparing(row -> row.network().name()))
                .toList();
        if (rows.size() == 1 && !user.agencyAdmin()) {
            return "redirect:/n/" + rows.get(0).network().slug();
        }
        model.addAttribute("rows", rows);
        return "platform/workspace";
    }
}
