package be.nestwerk.platform.account;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SignIn;
import be.nestwerk.platform.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Following an invitation link. A new person chooses a name and password on the public page; a person who already
 * has an account is sent to /account/join/…, which requires signing in with that account first.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final InvitationQueries queries;
    private final SignIn signIn;

    InvitationController(Invitations invitations, InvitationQueries queries, SignIn signIn) {
        this.invitations = invitations;
        this.queries = queries;
        this.signIn = signIn;
    }

    @GetMapping("/account/invitation/{token}")
    String invitation(@PathVariable String token, Model model) {
        InvitationQueries.Details details = queries.details(token);
        if (details.existingAccount()) {
            return "redirect:/account/join/{token}";
        }
        PasswordForm form = new PasswordForm();
        form.setDisplayName(details.displayName());
        model.addAttribute("form", form);
        model.addAttribute("details", details);
        model.addAttribute("token", token);
        return "account/invitation";
    }

    @PostMapping("/account/invitation/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        InvitationQueries.Details details = queries.details(token);
        if (details.existingAccount()) {
            return "redirect:/account/join/{token}";
        }
        model.addAttribute("details", details);
        model.addAttribute("token", token);
        FormChecks.displayName(result, form);
        FormChecks.password(result, form);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/invitation";
        }
        try {
            invitations.acceptAsNewPerson(token, form.getDisplayName(), form.getPassword());
        } catch (BusinessRuleException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArguments", refused.arguments());
            return "account/invitation";
        }
        signIn.remember(request, response);
        return "redirect:/workspace";
    }

    @GetMapping("/account/join/{token}")
    String join(@PathVariable String token, Model model) {
        InvitationQueries.Details details = queries.details(token);
        NestwerkUser user = CurrentUser.require();
        model.addAttribute("details", details);
        model.addAttribute("token", token);
        model.addAttribute("sameAccount", user.email().equalsIgnoreCase(details.email()));
        return "account/join";
    }

    @PostMapping("/account/join/{token}")
    String joinAccept(@PathVariable String token, HttpServletResponse response, Model model) {
        try {
            invitations.acceptAsSignedIn(token);
        } catch (BusinessRuleException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("details", queries.details(token));
            model.addAttribute("token", token);
            model.addAttribute("sameAccount", false);
            return "account/join";
        }
        return "redirect:/workspace";
    }
}
