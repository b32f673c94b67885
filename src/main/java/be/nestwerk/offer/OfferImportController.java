package be.nestwerk.offer;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import of an organisation's offers from a spreadsheet: the page with the form, the template and the report. */
@Controller
@RequestMapping("/n/{slug}/offers/import")
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class OfferImportController {

    private static final String FORM = "offer/import/form";
    private static final String REPORT = "offer/import/report";

    private final NetworkDirectory networks;
    private final CsvOfferImport imports;
    private final CsvColumnGuide guide;
    private final Clock clock;
    private final DataSize maxFileSize;

    OfferImportController(
            NetworkDirectory networks,
            CsvOfferImport imports,
            CsvColumnGuide guide,
            Clock clock,
            @Value("${nestwerk.offer.csv-import.max-file-size:2MB}") DataSize maxFileSize) {
        this.networks = networks;
        this.imports = imports;
        this.guide = guide;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    /** What the person chose on the form, shown again when the file is refused. */
    record Choices(@Nullable UUID organisation, ImportMode mode, boolean submit) {}

    @GetMapping
    String form(@PathVariable String slug, Locale locale, Model model) {
        NetworkRef network = network(slug);
        List<OrganisationRef> organisations = imports.organisations(network.id());
        UUID only = organisations.size() == 1 ? organisations.get(0).id() : null;
        return form(model, network, organisations, new Choices(only, ImportMode.ALL_OR_NOTHING, false), locale);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template(@PathVariable String slug) {
        network(slug);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(CsvTemplate.FILE_NAME)
                                .build()
                                .toString())
                .body(CsvTemplate.bytes(LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM))));
    }

    @PostMapping
    String importFile(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String mode,
            @RequestParam(required = false) @Nullable String submit,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        NetworkRef network = network(slug);
        List<OrganisationRef> organisations = imports.organisations(network.id());
        UUID organisationId = uuid(organisation);
        Choices choices = new Choices(organisationId, mode(mode), "true".equals(submit));
        if (organisationId == null) {
            return refused(model, response, network, organisations, choices, locale, "offer.import.error.organisation");
        }
        imports.requireMayImport(network.id(), organisationId);
        if (file == null || file.isEmpty()) {
            return refused(model, response, network, organisations, choices, locale, "offer.import.error.noFile");
        }
        if (file.getSize() > maxFileSize.toBytes()) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("problemArguments", new Object[] {maxFileSize.toMegabytes()});
            return form(model, network, organisations, choices, locale, "offer.import.error.tooLarge");
        }
        try {
            ImportReport report =
                    imports.importFile(network.id(), organisationId, bytes(file), choices.mode(), choices.submit());
            model.addAttribute("network", network);
            model.addAttribute("report", report);
            return REPORT;
        } catch (ImportRefusedException refused) {
            model.addAttribute("problemArguments", refused.arguments());
            return refused(model, response, network, organisations, choices, locale, refused.messageKey());
        }
    }

    private String refused(
            Model model,
            HttpServletResponse response,
            NetworkRef network,
            List<OrganisationRef> organisations,
            Choices choices,
            Locale locale,
            String problem) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, network, organisations, choices, locale, problem);
    }

    private String form(
            Model model,
            NetworkRef network,
            List<OrganisationRef> organisations,
            Choices choices,
            Locale locale,
            @Nullable String problem) {
        model.addAttribute("network", network);
        model.addAttribute("organisations", organisations);
        model.addAttribute("choices", choices);
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("columns", guide.columns(locale));
        model.addAttribute("maxRows", CsvOfferFile.MAX_ROWS);
        model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
        model.addAttribute("problem", problem);
        if (!model.containsAttribute("problemArguments")) {
            model.addAttribute("problemArguments", new Object[0]);
        }
        return FORM;
    }

    private String form(
            Model model, NetworkRef network, List<OrganisationRef> organisations, Choices choices, Locale locale) {
        return form(model, network, organisations, choices, locale, null);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ImportMode mode(@Nullable String mode) {
        return Optional.ofNullable(mode)
                .filter(value -> value.equals(ImportMode.VALID_ROWS.name()))
                .map(ImportMode::valueOf)
                .orElse(ImportMode.ALL_OR_NOTHING);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
