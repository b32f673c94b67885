package be.nestwerk.platform.account;

import be.nestwerk.platform.i18n.Languages;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ApiTokens;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactors;
import be.nestwerk.platform.security.SignIn;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in person's own account: name, language, password, memberships, personal API tokens, and whether their
 * second factor is on.
 */
@Controller
class AccountController {

    private static final String PAGE = "account/account";

    private final Accounts accounts;
    private final ApiTokens apiTokens;
    private final AccountOverview overview;
    private final SignIn signIn;
    private final SecondFactors secondFactors;
    private final LocaleResolver localeResolver;

    AccountController(
            Accounts accounts,
            ApiTokens apiTokens,
            AccountOverview overview,
            SignIn signIn,
            SecondFactors secondFactors,
            LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.overview = overview;
        this.signIn = signIn;
        this.secondFactors = secondFactors;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    String account(Model model) {
        return show(model);
    }

    @PostMapping("/account/name")
    String rename(
            @Valid @ModelAttribute("nameForm") NameForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model);
        }
        accounts.rename(CurrentUser.require().id(), form.getName());
        signIn.refresh(request, response);
        redirect.addFlashAttribute("notice", "account.page.name-changed");
        return "redirect:/account";
    }

    /** Switches this browser at once too; other devices follow at their next sign-in. */
    @PostMapping("/account/language")
    String chooseLanguage(
            @ModelAttribute("languageForm") LanguageForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Languages.supported(form.getLanguage()).isEmpty()) {
            result.rejectValue("language", "account.validation.language");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model);
        }
        Locale locale = accounts.preferLanguage(CurrentUser.require().id(), form.getLanguage());
        localeResolver.setLocale(request, response, locale);
        redirect.addFlashAttribute("notice", "account.page.language-changed");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        UUID userId = CurrentUser.require().id();
        if (!accounts.passwordMatches(userId, form.getCurrentPassword())) {
            result.rejectValue("currentPassword", "account.page.current-password-wrong");
        }
        FormChecks.password(result, form);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model);
        }
        accounts.changePassword(userId, form.getPassword());
        redirect.addFlashAttribute("notice", "account.page.password-changed");
        return "redirect:/account";
    }

    /** Shows the secret in this response only: it is not kept anywhere, and the page must not be cached. */
    @PostMapping("/account/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") NameForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model);
        }
        ApiTokens.CreatedToken created = apiTokens.create(CurrentUser.require().id(), form.getName());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("created", created);
        model.addAttribute(
                "baseUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "account/token-created";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        apiTokens.revoke(CurrentUser.require().id(), tokenId);
        redirect.addFlashAttribute("notice", "account.tokens.revoked");
        return "redirect:/account";
    }

    private String show(Model model) {
        NestwerkUser user = CurrentUser.require();
        AccountView account = accounts.find(user.id()).orElseThrow(() -> new NotFoundException("account"));
        model.addAttribute("account", account);
        model.addAttribute("memberships", overview.membershipsOf(user.id()));
        model.addAttribute("tokens", apiTokens.of(user.id()));
        model.addAttribute("twoFactor", secondFactors.status(user.id()));
        if (!model.containsAttribute("nameForm")) {
            NameForm nameForm = new NameForm();
            nameForm.setName(account.displayName());
            model.addAttribute("nameForm", nameForm);
        }
        model.addAttribute("languages", Languages.tags());
        if (!model.containsAttribute("languageForm")) {
            LanguageForm languageForm = new LanguageForm();
            languageForm.setLanguage(account.locale().toLanguageTag());
            model.addAttribute("languageForm", languageForm);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new NameForm());
        }
        return PAGE;
    }
}
