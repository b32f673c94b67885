package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.Actor.AGENCY_ADMIN;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.ANONYMOUS;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.COORDINATOR;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.DATA_PROTECTION_OFFICER;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.FOREIGN_COORDINATOR;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.PARTNER_ADMIN;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.PROFESSIONAL;
import static be.nestwerk.security.AuthorisationMatrixIT.Actor.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.platform.tenancy.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application × every kind of caller → allowed or refused. A new endpoint without a row makes
 * {@link #everyEndpointHasARow()} fail, so that nobody can add a page or an API call without deciding who may use it.
 */
@NestwerkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    enum Actor {
        ANONYMOUS,
        COORDINATOR,
        PARTNER_ADMIN,
        PROFESSIONAL,
        VOLUNTEER,
        /** The coordinator of another network, trying this network's addresses. */
        FOREIGN_COORDINATOR,
        AGENCY_ADMIN,
        /** The network's data-protection officer: a member without organisation who reads the audit log. */
        DATA_PROTECTION_OFFICER
    }

    static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    /** Any member of the network: its overview, partners and survey hold no personal data of families. */
    static final Set<Actor> MEMBERS =
            EnumSet.of(COORDINATOR, PARTNER_ADMIN, PROFESSIONAL, VOLUNTEER, DATA_PROTECTION_OFFICER);

    static final Set<Actor> COORDINATORS = EnumSet.of(COORDINATOR);
    /** Those who search the network's audit log. */
    static final Set<Actor> AUDIT_READERS = EnumSet.of(COORDINATOR, DATA_PROTECTION_OFFICER);

    static final Set<Actor> PARTNER_ADMINS = EnumSet.of(COORDINATOR, PARTNER_ADMIN);
    static final Set<Actor> AGENCY = EnumSet.of(AGENCY_ADMIN);
    /** Those who write the own organisation's offers: its partner admin and professional, and the coordinator. */
    static final Set<Actor> OFFER_WRITERS = EnumSet.of(COORDINATOR, PARTNER_ADMIN, PROFESSIONAL);
    /** Staff who work with families for an organisation (the matrix's coordinator has none). */
    static final Set<Actor> FAMILY_STAFF = EnumSet.of(PARTNER_ADMIN, PROFESSIONAL);

    /**
     * One endpoint. When {@code lookup} is set the path names something that does not exist (an unknown one-time
     * link, a random id), so an allowed caller gets a 404 answer, while a refused one must still be refused.
     */
    record Row(HttpMethod method, String pattern, Set<Actor> allowed, boolean lookup) {

        Row(HttpMethod method, String pattern, Set<Actor> allowed) {
            this(method, pattern, allowed, false);
        }

        static Row lookup(HttpMethod method, String pattern, Set<Actor> allowed) {
            return new Row(method, pattern, allowed, true);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The matrix. Paths are the mapping patterns; {@link MatrixFixture} fills in the variables. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // platform
        rows.add(new Row(HttpMethod.GET, "/login", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/workspace", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/v3/api-docs", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/actuator/health", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/actuator/health/readiness", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/actuator/prometheus", AGENCY));
        // territory: reference data, for every signed-in person (and API token)
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/municipalities", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/municipalities/{nis}", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/municipalities/{nis}/deelgemeenten", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/municipalities/{nis}/sectors", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/postcodes/{postcode}", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/territory/units", SIGNED_IN));
        // networks: public pages, agency, workspace, settings, field of operation
        rows.add(new Row(HttpMethod.GET, "/", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/networks", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/networks/{slug}", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/agency", AGENCY));
        rows.add(new Row(HttpMethod.GET, "/agency/networks/new", AGENCY));
        rows.add(new Row(HttpMethod.POST, "/agency/networks/new", AGENCY));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}", MEMBERS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/settings", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/settings", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/area", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/area/add", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/area/remove", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/community-networks/new", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/community-networks/new", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/api/v1/networks", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/networks/{slug}", MEMBERS));
        rows.add(new Row(HttpMethod.PUT, "/api/v1/networks/{slug}", COORDINATORS));
        rows.add(new Row(HttpMethod.PUT, "/api/v1/networks/{slug}/field-of-operation", COORDINATORS));
        // partners, partnerships and the actor survey
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/partners", MEMBERS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/partners/new", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/partners", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/partners/{id}", MEMBERS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/partners/{id}/edit", PARTNER_ADMINS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/partners/{id}/edit", PARTNER_ADMINS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/survey", MEMBERS));
        rows.add(new Row(HttpMethod.GET, "/agency/survey", AGENCY));
        // counts of families per network, never a family: the agency only
        rows.add(new Row(HttpMethod.GET, "/agency/families", AGENCY));
        rows.add(new Row(HttpMethod.GET, "/api/v1/networks/{slug}/organisations", MEMBERS));
        rows.add(new Row(HttpMethod.POST, "/api/v1/networks/{slug}/organisations", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/api/v1/networks/{slug}/organisations/{id}", MEMBERS));
        rows.add(new Row(HttpMethod.PUT, "/api/v1/networks/{slug}/organisations/{id}", PARTNER_ADMINS));
        rows.add(new Row(HttpMethod.GET, "/api/v1/networks/{slug}/organisations/{id}/partnership", MEMBERS));
        rows.add(new Row(HttpMethod.PUT, "/api/v1/networks/{slug}/organisations/{id}/partnership", PARTNER_ADMINS));
        // accounts, invitations, password reset, members, audit log, outbox (demo)
        rows.add(new Row(HttpMethod.GET, "/account", SIGNED_IN));
        rows.add(new Row(HttpMethod.POST, "/account/name", SIGNED_IN));
        rows.add(new Row(HttpMethod.POST, "/account/language", SIGNED_IN));
        rows.add(new Row(HttpMethod.POST, "/account/password", SIGNED_IN));
        rows.add(new Row(HttpMethod.POST, "/account/tokens", SIGNED_IN));
        rows.add(Row.lookup(HttpMethod.POST, "/account/tokens/{tokenId}/revoke", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/api/v1/me", SIGNED_IN));
        rows.add(Row.lookup(HttpMethod.GET, "/account/invitation/{token}", EVERYONE));
        rows.add(Row.lookup(HttpMethod.POST, "/account/invitation/{token}", EVERYONE));
        rows.add(Row.lookup(HttpMethod.GET, "/account/join/{token}", SIGNED_IN));
        rows.add(Row.lookup(HttpMethod.POST, "/account/join/{token}", SIGNED_IN));
        rows.add(new Row(HttpMethod.GET, "/account/password-reset", EVERYONE));
        rows.add(new Row(HttpMethod.POST, "/account/password-reset", EVERYONE));
        rows.add(Row.lookup(HttpMethod.GET, "/account/password-reset/{token}", EVERYONE));
        rows.add(Row.lookup(HttpMethod.POST, "/account/password-reset/{token}", EVERYONE));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/members", COORDINATORS));
        rows.add(new Row(HttpMethod.POST, "/n/{slug}/members/invitations", COORDINATORS));
        rows.add(Row.lookup(HttpMethod.POST, "/n/{slug}/members/invitations/{invitationId}/cancel", COORDINATORS));
        rows.add(Row.lookup(HttpMethod.POST, "/n/{slug}/members/invitations/{invitationId}/resend", COORDINATORS));
        rows.add(Row.lookup(HttpMethod.POST, "/n/{slug}/members/{membershipId}/remove", COORDINATORS));
        rows.add(Row.lookup(HttpMethod.POST, "/n/{slug}/members/{membershipId}/role", COORDINATORS));
        rows.add(new Row(HttpMethod.GET, "/n/{slug}/audit", AUDIT_READERS));
        rows.add(new Row(HttpMethod.GET, "/outbox", EVERYONE));
        rows.addAll(SecondFactorRows.rows());
        // offers: one file of rows per part of the catalogue and the front door
        rows.addAll(OfferEditorRows.rows());
        rows.addAll(OfferReviewRows.rows());
        rows.addAll(FrontDoorRows.rows());
        rows.addAll(OfferPageRows.rows());
        rows.addAll(CalendarRows.rows());
        rows.addAll(HsdsRows.rows());
        rows.addAll(FamilyRows.rows());
        rows.addAll(ReferralRows.rows());
        rows.addAll(CompanionRows.rows());
        rows.addAll(FamilyPlanRows.rows());
        rows.addAll(QuestionRows.rows());
        return rows;
    }

    /** Mappings that are not the application's own (springdoc's variants, Boot's error controller). */
    static final Set<String> NOT_OURS =
            Set.of("/error", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/v3/api-docs/{group}");

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
    void everyEndpointHasARow() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(row -> covered.add(row.method() + " " + row.pattern()));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> endpoints(info).stream()
                        .filter(endpoint -> !covered.contains(endpoint))
                        .forEach(missing::add));
        assertThat(missing)
                .as("endpoints without a row in the authorisation matrix")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyActorGetsWhatTheMatrixSays() {
        return rows().stream()
                .flatMap(row -> EnumSet.allOf(Actor.class).stream()
                        .map(actor -> DynamicTest.dynamicTest(
                                row + " as " + actor + (row.allowed().contains(actor) ? " → allowed" : " → refused"),
                                () -> check(row, actor))));
    }

    private void check(Row row, Actor actor) throws Exception {
        String path = fixture.expand(row.pattern());
        MockHttpServletRequestBuilder request = request(row.method(), path).with(csrf());
        if (path.startsWith("/api/")) {
            request.contentType("application/json").content("{}");
        }
        if (actor != ANONYMOUS) {
            // with the second factor proved: this matrix is about rights; TwoFactorMatrixIT checks the step-up
            request.with(SecondFactorFixtures.provedAs(users.get(actor)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = String.valueOf(result.getResponse().getRedirectedUrl());
        boolean sentToLogin = status == 302 && location.contains("/login");
        boolean refused = status == 401 || status == 403 || sentToLogin || (status == 404 && !row.lookup());
        assertThat(status)
                .as("%s as %s must never fail with a server error", row, actor)
                .isLessThan(500);
        if (!row.allowed().contains(actor) && row.lookup()) {
            refused = refused || status == 404;
        }
        if (row.allowed().contains(actor)) {
            assertThat(refused)
                    .as("%s as %s should be allowed but got %s %s", row, actor, status, location)
                    .isFalse();
        } else {
            assertThat(refused)
                    .as("%s as %s should be refused but got %s", row, actor, status)
                    .isTrue();
        }
    }

    private static List<String> endpoints(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> result = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (NOT_OURS.contains(pattern)) {
                continue;
            }
            if (methods.isEmpty()) {
                result.add("GET " + pattern);
            } else {
                methods.forEach(method -> result.add(method.name() + " " + pattern));
            }
        }
        return result;
    }

    static UUID unknownId() {
        return UUID.fromString("00000000-0000-0000-0000-000000000000");
    }

    static Role roleOf(Actor actor) {
        return switch (actor) {
            case COORDINATOR, FOREIGN_COORDINATOR -> Role.COORDINATOR;
            case PARTNER_ADMIN -> Role.PARTNER_ADMIN;
            case PROFESSIONAL -> Role.PROFESSIONAL;
            case VOLUNTEER -> Role.VOLUNTEER;
            case DATA_PROTECTION_OFFICER -> Role.DATA_PROTECTION_OFFICER;
            default -> throw new IllegalArgumentException(actor.name());
        };
    }
}
