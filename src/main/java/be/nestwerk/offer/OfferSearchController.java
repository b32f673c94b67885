package be.nestwerk.offer;

import be.nestwerk.network.NetworkView;
import be.nestwerk.network.Networks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The families' search pages, without login: all of Flanders and Brussels, or one network's offer. A GET form, so
 * that every search is a bookmarkable address; bad parameters give the form again with the problems and a 400.
 */
@Controller
class OfferSearchController {

    private final FrontDoorSearch search;
    private final Networks networks;
    private final MessageSource messages;

    OfferSearchController(FrontDoorSearch search, Networks networks, MessageSource messages) {
        this.search = search;
        this.networks = networks;
        this.messages = messages;
    }

    @GetMapping("/offers")
    String flanders(
            @ModelAttribute("search") SearchRequest request,
            @RequestParam(name = "in", required = false) @Nullable String in,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String page,
            Model model,
            HttpServletRequest http,
            HttpServletResponse response) {
        return show(request, new ResultParameters(in, sort, page, null), null, model, http, response);
    }

    @GetMapping("/networks/{slug}/offers")
    String network(
            @PathVariable String slug,
            @ModelAttribute("search") SearchRequest request,
            @RequestParam(name = "in", required = false) @Nullable String in,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String page,
            Model model,
            HttpServletRequest http,
            HttpServletResponse response) {
        NetworkView network = networks.requireBySlug(slug);
        return show(request, new ResultParameters(in, sort, page, null), network, model, http, response);
    }

    private String show(
            SearchRequest request,
            ResultParameters parameters,
            @Nullable NetworkView network,
            Model model,
            HttpServletRequest http,
            HttpServletResponse response) {
        model.addAttribute("network", network);
        model.addAttribute("form", SearchForm.INSTANCE);
        model.addAttribute("chosen", new SearchForm.Chosen(request, parameters));
        SearchLinks links = SearchLinks.of(http);
        model.addAttribute("links", links);
        try {
            FrontDoorAnswer answer = search.answer(request, parameters, network);
            model.addAttribute("answer", answer);
            model.addAttribute("problems", List.of());
            model.addAttribute("invalid", Set.of());
        } catch (InvalidSearchException invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("answer", null);
            model.addAttribute(
                    "problems",
                    invalid.problems().stream()
                            .map(problem -> new FieldMessage(
                                    problem.field(),
                                    messages.getMessage(
                                            problem.messageKey(),
                                            problem.arguments().toArray(),
                                            problem.messageKey(),
                                            locale)))
                            .toList());
            model.addAttribute(
                    "invalid",
                    invalid.problems().stream().map(ContentProblem::field).collect(Collectors.toSet()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "offer/search/index";
    }

    /** A problem with one parameter, translated, for the form's error summary and the field. */
    record FieldMessage(String field, String message) {}
}
