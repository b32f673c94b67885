package be.nestwerk.family;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The family's data to hand over: JSON with everything, and a readable PDF in the family's language. */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class FamilyExportController {

    private final NetworkDirectory networks;
    private final FamilyExport export;
    private final JsonMapper json;

    FamilyExportController(NetworkDirectory networks, FamilyExport export, JsonMapper json) {
        this.networks = networks;
        this.export = export;
        this.json = json;
    }

    @GetMapping("/n/{slug}/families/{familyId}/export.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @PathVariable UUID familyId) {
        FamilyExport.FamilyRecord record = export.export(network(slug).id(), familyId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("gezin.json"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
    }

    @GetMapping("/n/{slug}/families/{familyId}/export.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @RequestParam(defaultValue = "") String lang,
            Locale locale) {
        byte[] pdf = export.pdf(network(slug).id(), familyId, lang, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("gezin.pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
