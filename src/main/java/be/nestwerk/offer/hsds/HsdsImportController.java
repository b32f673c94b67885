package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The pages of the HSDS import: upload a dataset, map its organizations, read the report. */
@Controller
@RequestMapping("/n/{slug}/offers/import/hsds")
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN})
class HsdsImportController {

    private static final String UPLOAD = "offer/hsds/upload";

    private final HsdsImports imports;
    private final NetworkDirectory networks;
    private final MessageSource messages;

    HsdsImportController(HsdsImports imports, NetworkDirectory networks, MessageSource messages) {
        this.imports = imports;
        this.networks = networks;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String slug, Model model) {
        NetworkRef network = network(slug);
        imports.importableOrganisations(network.id());
        return upload(model, network, ContentLanguage.DUTCH, null, new Object[0]);
    }

    @PostMapping
    String upload(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = ContentLanguage.DUTCH) String language,
            Model model,
            HttpServletResponse response)
            throws IOException {
        NetworkRef network = network(slug);
        imports.importableOrganisations(network.id());
        try {
            if (file == null || file.isEmpty()) {
                throw new HsdsUploadException("offer.hsds.import.error.noFile");
            }
            if (file.getSize() > HsdsImports.MAX_BYTES) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                throw new HsdsUploadException("offer.hsds.import.error.tooLarge", HsdsImports.MAX_BYTES / 1024 / 1024);
            }
            UUID id = imports.upload(
                    network.id(),
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    read(file),
                    language);
            return "redirect:/n/" + network.slug() + "/offers/import/hsds/" + id;
        } catch (HsdsUploadException refused) {
            if (response.getStatus() < 400) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return upload(model, network, language, refused.messageKey(), refused.arguments());
        }
    }

    @GetMapping("/{id}")
    String step(@PathVariable String slug, @PathVariable("id") UUID importId, Model model) {
        NetworkRef network = network(slug);
        HsdsImports.Step step = imports.step(network.id(), importId);
        model.addAttribute("network", network);
        model.addAttribute("step", step);
        if (step.imported()) {
            HsdsImportReport report = step.upload().report();
            model.addAttribute(
                    "report",
                    report == null ? null : HsdsReportView.of(report, messages, LocaleContextHolder.getLocale()));
            return "offer/hsds/report";
        }
        return "offer/hsds/mapping";
    }

    @PostMapping("/{id}")
    String run(@PathVariable String slug, @PathVariable("id") UUID importId, @RequestParam Map<String, String> form) {
        NetworkRef network = network(slug);
        Map<Integer, UUID> mapping = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("organisation-\\d{1,6}") && !value.isBlank()) {
                try {
                    mapping.put(Integer.valueOf(name.substring("organisation-".length())), UUID.fromString(value));
                } catch (IllegalArgumentException notAnOrganisation) {
                    throw new NotFoundException("organisation");
                }
            }
        });
        imports.run(network.id(), importId, mapping);
        return "redirect:/n/" + network.slug() + "/offers/import/hsds/" + importId;
    }

    private String upload(
            Model model, NetworkRef network, String language, @Nullable String error, Object[] arguments) {
        model.addAttribute("network", network);
        model.addAttribute("languages", ContentLanguage.ALL);
        model.addAttribute("language", ContentLanguage.isKnown(language) ? language : ContentLanguage.DUTCH);
        model.addAttribute(
                "error", error == null ? null : messages.getMessage(error, arguments, LocaleContextHolder.getLocale()));
        model.addAttribute("maxMegabytes", HsdsImports.MAX_BYTES / 1024 / 1024);
        return UPLOAD;
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    /** At most one byte more than allowed, whatever the part claims its size is. */
    private static byte[] read(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(HsdsImports.MAX_BYTES + 1);
        }
    }
}
