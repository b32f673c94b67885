package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.FAMILY_STAFF;

import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Matrix rows for the family plans. Staff of the organisation that registered the family get in; every id-guessing
 * attempt is refused to everyone: another family's plan under this family's address, another family's plans, a plan
 * of the foreign network (under its own family and under this one), a plan whose family revoked its consent to share
 * it with the own organisation, and a step of another plan.
 */
final class FamilyPlanRows {

    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);
    private static final String PLAN = "/n/{slug}/families/{familyId}/plans/{planId}";

    private FamilyPlanRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/plans", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{otherFamilyId}/plans", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/plans/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{foreignFamilyId}/plans/new", NOBODY),
                // without its fields the form comes back with its problems (400): allowed in, nothing made
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/plans/new", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/plans/new", NOBODY),
                new Row(HttpMethod.GET, PLAN, FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/plans/{otherPlanId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/plans/{foreignPlanId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{foreignFamilyId}/plans/{foreignPlanId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{revokedFamilyId}/plans/{revokedPlanId}", NOBODY),
                new Row(HttpMethod.GET, PLAN + "/edit", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{otherFamilyId}/plans/{otherPlanId}/edit", NOBODY),
                new Row(HttpMethod.POST, PLAN + "/edit", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/plans/{otherPlanId}/edit", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{revokedFamilyId}/plans/{revokedPlanId}/edit", NOBODY),
                new Row(HttpMethod.POST, PLAN + "/steps/{stepId}/done", FAMILY_STAFF),
                new Row(HttpMethod.POST, PLAN + "/steps/{otherStepId}/done", NOBODY),
                new Row(
                        HttpMethod.POST,
                        "/n/{slug}/families/{otherFamilyId}/plans/{otherPlanId}/steps/{otherStepId}/done",
                        NOBODY),
                new Row(HttpMethod.GET, PLAN + ".pdf", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/plans/{otherPlanId}.pdf", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{revokedFamilyId}/plans/{revokedPlanId}.pdf", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{foreignFamilyId}/plans/{foreignPlanId}.pdf", NOBODY));
    }

    /**
     * Plans written directly (as the database owner, past row-level security), by the fixture's families: one of the
     * own family ({planId}, {stepId}), one of the other organisation's family ({otherPlanId}, {otherStepId}), one of
     * the foreign family ({foreignPlanId}), and one of the revoked family with the own organisation at the table,
     * whose consent to share the plan with it was revoked ({revokedPlanId}).
     */
    static void plans(JdbcTemplate jdbc, MatrixFixture fixture) {
        UUID ownFamily = UUID.fromString(fixture.expand("{familyId}"));
        UUID own = plan(jdbc, ownFamily, fixture.ownNetwork, registeredBy(jdbc, ownFamily));
        fixture.put("{planId}", own);
        fixture.put("{stepId}", step(jdbc, own, fixture.ownNetwork));
        UUID otherFamily = UUID.fromString(fixture.expand("{otherFamilyId}"));
        UUID other = plan(jdbc, otherFamily, fixture.ownNetwork, registeredBy(jdbc, otherFamily));
        fixture.put("{otherPlanId}", other);
        fixture.put("{otherStepId}", step(jdbc, other, fixture.ownNetwork));
        UUID foreignFamily = UUID.fromString(fixture.expand("{foreignFamilyId}"));
        fixture.put(
                "{foreignPlanId}",
                plan(jdbc, foreignFamily, fixture.foreignNetwork, registeredBy(jdbc, foreignFamily)));
        UUID revokedFamily = UUID.fromString(fixture.expand("{revokedFamilyId}"));
        UUID revoked = plan(jdbc, revokedFamily, fixture.ownNetwork, registeredBy(jdbc, revokedFamily));
        jdbc.update(
                "insert into family_plan_partner (plan_id, network_id, organisation_id) values (?, ?, ?)",
                revoked,
                fixture.ownNetwork,
                fixture.ownOrganisation);
        jdbc.update(
                "insert into consent (id, family_id, network_id, given_by, organisation_id, purpose, form, recorded_by,"
                        + " recorded_by_organisation, recorded_at, valid_until, revoked_at, revoked_via) select ?, ?,"
                        + " ?, m.id, ?, 'FAMILY_PLAN', 'VERBAL', ?, ?, now(), current_date + 30, ?, 'PROFESSIONAL'"
                        + " from family_member m where m.family_id = ?",
                UUID.randomUUID(),
                revokedFamily,
                fixture.ownNetwork,
                fixture.ownOrganisation,
                UUID.randomUUID(),
                registeredBy(jdbc, revokedFamily),
                Timestamp.from(Instant.now()),
                revokedFamily);
        fixture.put("{revokedPlanId}", revoked);
    }

    private static UUID registeredBy(JdbcTemplate jdbc, UUID family) {
        return jdbc.queryForObject("select registered_by_organisation from family where id = ?", UUID.class, family);
    }

    private static UUID plan(JdbcTemplate jdbc, UUID family, UUID network, UUID organisation) {
        UUID id = UUID.randomUUID();
        UUID maker = jdbc.queryForObject("select id from user_account order by created_at limit 1", UUID.class);
        jdbc.update(
                "insert into family_plan (id, family_id, network_id, consulted_on, needs_and_wishes, strengths,"
                        + " language, created_by, created_for_organisation, created_at, updated_at) values (?, ?, ?,"
                        + " current_date, 'Matrixnoden', 'Matrixsterktes', 'nl', ?, ?, now(), now())",
                id,
                family,
                network,
                maker,
                organisation);
        return id;
    }

    private static UUID step(JdbcTemplate jdbc, UUID plan, UUID network) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into family_plan_step (id, plan_id, network_id, position, what, who_kind, due_on) values"
                        + " (?, ?, ?, 0, 'Matrixstap', 'FAMILY', current_date + 7)",
                id,
                plan,
                network);
        return id;
    }
}
