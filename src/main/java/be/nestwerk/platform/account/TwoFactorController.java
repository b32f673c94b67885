package be.nestwerk.platform.account;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.SecondFactor;
import be.nestwerk.platform.security.SecondFactorUnavailableException;
import be.nestwerk.platform.security.SecondFactors;
import be.nestwerk.platform.web.LayoutModel;
import be.nestwerk.platform.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The person's own second factor at one address: enrolment while there is none, the step-up (a code or recovery
 * code) when a page asked for it, and the status with the reset once proved. {@code continue} is where the page
 * that asked for the factor is; only local paths are followed.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    private static final String ENROL = "account/two-factor-enrol";
    private static final String VERIFY = "account/two-factor-verify";
    private static final String STATUS = "account/two-factor-status";
    private static final String PAGE = "/account/two-factor";
    private static final String AFTER_PROOF = "/account";

    private final SecondFactors factors;
    private final SecondFactor secondFactor;
    private final LayoutModel layout;

    TwoFactorController(SecondFactors factors, SecondFactor secondFactor, LayoutModel layout) {
        this.factors = factors;
        this.secondFactor = secondFactor;
        this.layout = layout;
    }

    @GetMapping
    String page(
            @RequestParam(name = "continue", required = false) @Nullable String next,
            HttpServletResponse response,
            Model model) {
        UUID userId = CurrentUser.require().id();
        SecondFactors.Status status = factors.status(userId);
        model.addAttribute("next", LocalPaths.of(next).orElse(null));
        if (status.enrolled()) {
            return secondFactor.isProved() ? status(status, model) : VERIFY;
        }
        if (!status.available()) {
            throw new SecondFactorUnavailableException();
        }
        return enrol(userId, response, model);
    }

    @PostMapping
    String verify(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(name = "continue", required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SecondFactors.Result result = factors.verify(CurrentUser.require().id(), code);
        model.addAttribute("next", LocalPaths.of(next).orElse(null));
        return switch (result.verdict()) {
            case ACCEPTED -> {
                secondFactor.markProved(request, response, result.since());
                yield "redirect:" + LocalPaths.of(next).orElse(AFTER_PROOF);
            }
            case NOT_ENROLLED -> redirectToPage(next);
            default -> {
                refused(result.verdict(), response, model);
                yield VERIFY;
            }
        };
    }

    @PostMapping("/enrol")
    String confirmEnrolment(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(name = "continue", required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UUID userId = CurrentUser.require().id();
        SecondFactors.Result result = factors.confirmEnrolment(userId, code);
        model.addAttribute("next", LocalPaths.of(next).orElse(null));
        return switch (result.verdict()) {
            case ACCEPTED -> {
                secondFactor.markProved(request, response, result.since());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("recoveryCodes", result.recoveryCodes());
                model.addAttribute("continueTo", LocalPaths.of(next).orElse(AFTER_PROOF));
                yield "account/two-factor-recovery-codes";
            }
            case NOT_ENROLLED -> redirectToPage(next);
            default -> {
                refused(result.verdict(), response, model);
                yield enrol(userId, response, model);
            }
        };
    }

    @PostMapping("/reset")
    String reset(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        UUID userId = CurrentUser.require().id();
        SecondFactors.Result result = factors.resetOwn(userId, code);
        if (result.accepted()) {
            secondFactor.forget(request, response);
            redirect.addFlashAttribute("notice", "two-factor.reset.done");
            return "redirect:/account";
        }
        if (result.verdict() == SecondFactors.Verdict.NOT_ENROLLED) {
            return redirectToPage(null);
        }
        refused(result.verdict(), response, model);
        return secondFactor.isProved() ? status(factors.status(userId), model) : VERIFY;
    }

    /** Without a key the server cannot keep a secret safe: it says so instead of storing one in plain text. */
    @ExceptionHandler(SecondFactorUnavailableException.class)
    ModelAndView unavailable(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("account/two-factor-unavailable");
        view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        layout.addTo(view, request);
        return view;
    }

    private String enrol(UUID userId, HttpServletResponse response, Model model) {
        SecondFactors.Enrolment enrolment = factors.startEnrolment(userId);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qr", QrCodeSvg.of(enrolment.uri()));
        return ENROL;
    }

    private String status(SecondFactors.Status status, Model model) {
        model.addAttribute("status", status);
        return STATUS;
    }

    private void refused(SecondFactors.Verdict verdict, HttpServletResponse response, Model model) {
        if (verdict == SecondFactors.Verdict.LOCKED) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", "two-factor.locked");
            model.addAttribute("errorArgument", factors.failureWindow().toMinutes());
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "error",
                    verdict == SecondFactors.Verdict.REPLAYED ? "two-factor.code-used" : "two-factor.wrong-code");
            model.addAttribute("errorArgument", "");
        }
    }

    private static String redirectToPage(@Nullable String next) {
        return "redirect:" + PAGE
                + LocalPaths.of(next)
                        .map(path -> "?continue=" + UriUtils.encodeQueryParam(path, StandardCharsets.UTF_8))
                        .orElse("");
    }
}
