package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The actor survey matrix of a network, and the same matrix summed over all networks for the agency. */
@Controller
class SurveyController {

    private final PartnerNetworks networks;
    private final SurveyQueries surveys;

    SurveyController(PartnerNetworks networks, SurveyQueries surveys) {
        this.networks = networks;
        this.surveys = surveys;
    }

    @GetMapping("/n/{slug}/survey")
    String network(@PathVariable String slug, Model model) {
        NetworkRef network = networks.resolve(slug);
        model.addAttribute("network", network);
        model.addAttribute("matrix", surveys.forNetwork(network.id()));
        model.addAttribute("columns", SurveyMatrix.columns());
        return "network/survey/network";
    }

    @GetMapping("/agency/survey")
    String agency(Model model) {
        SurveyQueries.AgencySurvey survey = surveys.forAgency();
        model.addAttribute("matrix", survey.matrix());
        model.addAttribute("networkCount", survey.networks());
        model.addAttribute("columns", SurveyMatrix.columns());
        return "network/survey/agency";
    }
}
