package be.nestwerk.platform.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/account/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", new EmailForm());
        return "account/password-reset-request";
    }

    /** The same answer whether or not the address has an account, so that the page reveals nothing. */
    @PostMapping("/account/password-reset")
    String request(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/password-reset-request";
        }
        resets.request(form.getEmail());
        return "account/password-reset-sent";
    }

    @GetMapping("/account/password-reset/{token}")
    String resetForm(@PathVariable String token, Model model) {
        model.addAttribute("email", resets.emailOf(token));
        model.addAttribute("token", token);
        model.addAttribute("form", new PasswordForm());
        return "account/password-reset";
    }

    @PostMapping("/account/password-reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        String email = resets.emailOf(token);
        FormChecks.password(result, form);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("email", email);
            model.addAttribute("token", token);
            return "account/password-reset";
        }
        resets.reset(token, form.getPassword());
        return "redirect:/login?reset";
    }
}
