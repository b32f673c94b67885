package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's members page: members, pending invitations, inviting, removing and changing roles. */
@Controller
@RequestMapping("/n/{slug}/members")
class MembersController {

    static final int PAGE_SIZE = 20;
    private static final String REDIRECT = "redirect:/n/{slug}/members";

    private final NetworkDirectory networks;
    private final NetworkAccess access;
    private final MemberAdministration members;
    private final Invitations invitations;
    private final InvitationQueries invitationQueries;
    private final Organisations organisations;

    MembersController(
            NetworkDirectory networks,
            NetworkAccess access,
            MemberAdministration members,
            Invitations invitations,
            InvitationQueries invitationQueries,
            Organisations organisations) {
        this.networks = networks;
        this.access = access;
        this.members = members;
        this.invitations = invitations;
        this.invitationQueries = invitationQueries;
        this.organisations = organisations;
    }

    @GetMapping
    String members(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int invitationsPage,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = Networks.bySlug(networks, slug);
        model.addAttribute("invitation", new InvitationForm());
        return show(network, page, invitationsPage, request, model);
    }

    @PostMapping("/invitations")
    String invite(
            @PathVariable String slug,
            @Valid @ModelAttribute("invitation") InvitationForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        NetworkRef network = coordinatorOf(slug);
        Optional<Role> role = FormChecks.role(result, "role", form.getRole());
        Optional<UUID> organisation = FormChecks.organisation(result, "organisation", form.getOrganisation(), role);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(network, 0, 0, request, model);
        }
        try {
            invitations.inviteAsCoordinator(
                    network.id(), form.getEmail(), form.getName(), role.get(), organisation.orElse(null));
        } catch (BusinessRuleException refused) {
            return refuse(network, refused, request, response, model);
        }
        return notice(redirect, "account.members.invitation-sent", form.getEmail());
    }

    @PostMapping("/invitations/{invitationId}/resend")
    String resend(@PathVariable String slug, @PathVariable UUID invitationId, RedirectAttributes redirect) {
        invitations.resend(coordinatorOf(slug).id(), invitationId);
        return notice(redirect, "account.members.invitation-resent", "");
    }

    @PostMapping("/invitations/{invitationId}/cancel")
    String cancel(@PathVariable String slug, @PathVariable UUID invitationId, RedirectAttributes redirect) {
        invitations.cancel(coordinatorOf(slug).id(), invitationId);
        return notice(redirect, "account.members.invitation-cancelled", "");
    }

    @PostMapping("/{membershipId}/remove")
    String remove(
            @PathVariable String slug,
            @PathVariable UUID membershipId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        NetworkRef network = coordinatorOf(slug);
        try {
            members.remove(network.id(), membershipId);
        } catch (BusinessRuleException refused) {
            model.addAttribute("invitation", new InvitationForm());
            return refuse(network, refused, request, response, model);
        }
        return notice(redirect, "account.members.removed", "");
    }

    @PostMapping("/{membershipId}/role")
    String changeRole(
            @PathVariable String slug,
            @PathVariable UUID membershipId,
            @ModelAttribute("roleChange") RoleForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        NetworkRef network = coordinatorOf(slug);
        Optional<Role> role = FormChecks.role(result, "role", form.getRole());
        Optional<UUID> organisation = FormChecks.organisation(result, "organisation", form.getOrganisation(), role);
        model.addAttribute("invitation", new InvitationForm());
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("roleErrors", result.getFieldErrors());
            return show(network, 0, 0, request, model);
        }
        try {
            members.changeRole(network.id(), membershipId, role.get(), organisation.orElse(null));
        } catch (BusinessRuleException refused) {
            return refuse(network, refused, request, response, model);
        }
        return notice(redirect, "account.members.role-changed", "");
    }

    private NetworkRef coordinatorOf(String slug) {
        NetworkRef network = Networks.bySlug(networks, slug);
        access.require(network.id(), Role.COORDINATOR);
        return network;
    }

    private String show(
            NetworkRef network,
            int requestedPage,
            int requestedInvitationsPage,
            HttpServletRequest request,
            Model model) {
        int page = Math.max(0, requestedPage);
        int invitationsPage = Math.max(0, requestedInvitationsPage);
        Page<MemberAdministration.Member> memberPage = members.members(network.id(), page, PAGE_SIZE);
        Page<InvitationQueries.Pending> pending = invitationQueries.pending(network.id(), invitationsPage, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("members", memberPage.getContent());
        model.addAttribute("memberPages", PageLinks.of(request, page, PAGE_SIZE, memberPage.getTotalElements()));
        model.addAttribute("invitations", pending.getContent());
        model.addAttribute(
                "invitationPages",
                PageLinks.of(request, "invitationsPage", invitationsPage, PAGE_SIZE, pending.getTotalElements()));
        model.addAttribute("organisations", organisations.ofNetwork(network.id()));
        model.addAttribute("roles", Role.values());
        return "account/members";
    }

    private String refuse(
            NetworkRef network,
            BusinessRuleException refused,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", refused.messageKey());
        model.addAttribute("problemArguments", refused.arguments());
        return show(network, 0, 0, request, model);
    }

    private static String notice(RedirectAttributes redirect, String key, String argument) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgument", argument);
        return REDIRECT;
    }
}
