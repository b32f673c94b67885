package be.nestwerk.referral;

import be.nestwerk.network.NetworkView;
import be.nestwerk.network.Networks;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agency's page of counts per network: families, consents, referrals, questions and plans, never a family. */
@Controller
class AgencyFamilyCountsController {

    static final int PAGE_SIZE = 10;

    private final NetworkAccess access;
    private final Networks networks;
    private final AgencyFamilyCounts counts;
    private final AuditLog auditLog;

    AgencyFamilyCountsController(
            NetworkAccess access, Networks networks, AgencyFamilyCounts counts, AuditLog auditLog) {
        this.access = access;
        this.networks = networks;
        this.counts = counts;
        this.auditLog = auditLog;
    }

    @GetMapping("/agency/families")
    String counts(@RequestParam(defaultValue = "0") int page, Model model) {
        NestwerkUser admin = access.requireAgencyAdmin();
        Page<NetworkView> found = networks.visibleTo(admin, PageRequests.of(page, PAGE_SIZE, Sort.by("name", "id")));
        auditLog.security(
                AuditAction.AGENCY_FAMILY_COUNTS_VIEWED,
                admin.id(),
                admin.email(),
                null,
                "Family counts per network, page " + (found.getNumber() + 1));
        model.addAttribute(
                "rows", new PageImpl<>(counts.of(found.getContent()), found.getPageable(), found.getTotalElements()));
        model.addAttribute("threshold", FamilyCount.THRESHOLD);
        return "referral/agency-families";
    }
}
