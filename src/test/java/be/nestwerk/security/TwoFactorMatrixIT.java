package be.nestwerk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The step-up over the whole authorisation matrix: every endpoint whose handler is marked {@link RequiresSecondFactor}
 * sends each caller the matrix allows, while they have not proved the factor, to /account/two-factor (303; under
 * /api/ a 403 "second_factor_required"), and lets them in once proved. Family pages get this check by being marked.
 */
@NestwerkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorMatrixIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MatrixFixture fixture;
    Map<Actor, NestwerkUser> users;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void createActors() {
        MatrixFixture.Prepared prepared = MatrixFixture.prepare(context);
        fixture = prepared.fixture();
        users = prepared.users();
    }

    @Test
    void theMemberResetPagesTheFamilyPagesAndTheAuditLogAreMarked() {
        assertThat(marked())
                .extracting(Row::toString)
                .contains(
                        "GET /n/{slug}/members/{membershipId}/two-factor",
                        "POST /n/{slug}/members/{membershipId}/two-factor/reset",
                        "GET /n/{slug}/families/{familyId}",
                        "GET /n/{slug}/families/{familyId}/export.pdf",
                        "GET /n/{slug}/audit");
    }

    @TestFactory
    Stream<DynamicTest> everyMarkedEndpointAsksAllowedCallersForTheFactorUntilProved() {
        return marked().stream()
                .flatMap(row -> row.allowed().stream()
                        .filter(actor -> actor != Actor.ANONYMOUS)
                        .map(actor -> DynamicTest.dynamicTest(row + " as " + actor, () -> check(row, actor))));
    }

    private void check(Row row, Actor actor) throws Exception {
        NestwerkUser person = users.get(actor);
        MvcResult unproved = perform(row, user(person));
        MvcResult proved = perform(row, SecondFactorFixtures.provedAs(person));

        if (row.pattern().startsWith("/api/")) {
            assertThat(unproved.getResponse().getStatus())
                    .as("%s unproved", row)
                    .isEqualTo(403);
            assertThat(unproved.getResponse().getContentAsString()).contains("\"second_factor_required\"");
        } else {
            assertThat(unproved.getResponse().getStatus())
                    .as("%s unproved", row)
                    .isEqualTo(303);
            assertThat(unproved.getResponse().getHeader("Location")).startsWith("/account/two-factor");
        }
        assertThat(proved.getResponse().getStatus()).as("%s proved", row).isNotIn(401, 403);
        // a page may itself answer 303 (see other), but never back to the step-up
        assertThat(String.valueOf(proved.getResponse().getHeader("Location")))
                .as("%s proved", row)
                .doesNotStartWith("/account/two-factor");
        assertThat(proved.getResponse().getContentAsString()).doesNotContain("second_factor_required");
    }

    private MvcResult perform(Row row, RequestPostProcessor caller) throws Exception {
        String path = fixture.expand(row.pattern());
        MockHttpServletRequestBuilder request =
                request(row.method(), path).with(csrf()).with(caller);
        if (path.startsWith("/api/")) {
            request.contentType("application/json").content("{}");
        }
        return mvc.perform(request).andReturn();
    }

    /** The rows of the matrix whose handler carries the mark (on the method or its class). */
    private List<Row> marked() {
        return AuthorisationMatrixIT.rows().stream()
                .filter(row -> handler(row).map(TwoFactorMatrixIT::isMarked).orElse(false))
                .toList();
    }

    private Optional<HandlerMethod> handler(Row row) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> matches(entry.getKey(), row))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static boolean matches(RequestMappingInfo info, Row row) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        boolean method = methods.isEmpty()
                ? row.method().name().equals("GET")
                : methods.stream().anyMatch(m -> m.name().equals(row.method().name()));
        return method && info.getPatternValues().contains(row.pattern());
    }

    private static boolean isMarked(HandlerMethod method) {
        return method.hasMethodAnnotation(RequiresSecondFactor.class)
                || method.getBeanType().isAnnotationPresent(RequiresSecondFactor.class);
    }
}
