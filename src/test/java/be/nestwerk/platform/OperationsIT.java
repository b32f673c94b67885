package be.nestwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class OperationsIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void readinessIncludesTheDatabase() {
        AccountView agency = accounts.create("ops-" + UUID.randomUUID() + "@example.org", "Ops", "operations-password");
        accounts.makeAgencyAdmin(agency.id());
        assertThat(mvc.get()
                        .uri("/actuator/health/readiness")
                        .with(SecurityMockMvcRequestPostProcessors.user(
                                userDetails.loadUserByUsername(agency.email()))))
                .hasStatusOk()
                .bodyText()
                .contains("\"db\"", "\"UP\"");
    }

    @Test
    void prometheusMetricsNeedAnAgencyAdministrator() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
        AccountView agency =
                accounts.create("metrics-" + UUID.randomUUID() + "@example.org", "Metrics", "operations-password");
        accounts.makeAgencyAdmin(agency.id());
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .with(SecurityMockMvcRequestPostProcessors.user(
                                userDetails.loadUserByUsername(agency.email()))))
                .hasStatusOk()
                .bodyText()
                .contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .headers()
                .hasValue("X-Frame-Options", "DENY")
                .hasHeaderSatisfying(
                        "Content-Security-Policy",
                        values -> assertThat(values.get(0)).contains("default-src 'self'", "frame-ancestors 'none'"));
    }
}
