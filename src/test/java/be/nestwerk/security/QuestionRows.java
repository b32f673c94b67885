package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.FAMILY_STAFF;
import static be.nestwerk.security.AuthorisationMatrixIT.PARTNER_ADMINS;

import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Matrix rows for the questions and material support pages. Staff who work with families for an organisation get in;
 * the matrix's coordinator has no organisation, so sees no question (the list sends them to the figures) but reads
 * the network's figures, as partner admins do. Every id-guessing attempt is refused to everyone: a question or
 * support of another organisation of the network, and one of another network asked under this network's address.
 */
final class QuestionRows {

    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);
    private static final Set<Actor> LIST = EnumSet.of(Actor.COORDINATOR, Actor.PARTNER_ADMIN, Actor.PROFESSIONAL);

    private QuestionRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/questions", LIST),
                new Row(HttpMethod.GET, "/n/{slug}/questions/new", FAMILY_STAFF),
                // without data the form comes back with its problems (400): allowed in, nothing registered
                new Row(HttpMethod.POST, "/n/{slug}/questions/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/questions/statistics", PARTNER_ADMINS),
                new Row(HttpMethod.GET, "/n/{slug}/questions/{questionId}", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/questions/{otherQuestionId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/questions/{foreignQuestionId}", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{questionId}/answer", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{otherQuestionId}/answer", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{foreignQuestionId}/answer", NOBODY),
                // the question is open: reopening it is refused as a rule (409), not as a right
                new Row(HttpMethod.POST, "/n/{slug}/questions/{questionId}/reopen", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{otherQuestionId}/reopen", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{questionId}/owner", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{otherQuestionId}/owner", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/questions/{foreignQuestionId}/owner", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/support", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/support/new", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/support/new", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/support/{supportId}/refer", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/support/{otherSupportId}/refer", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/support/{foreignSupportId}/refer", NOBODY));
    }

    /**
     * Questions and supports written directly (as the database owner): of the own organisation, about the own family
     * ({questionId}, {supportId}); of another organisation of the network ({otherQuestionId}, {otherSupportId}); and
     * of the foreign network ({foreignQuestionId}, {foreignSupportId}).
     */
    static void prepare(MatrixFixture fixture, JdbcTemplate jdbc) {
        UUID family = UUID.fromString(fixture.expand("{familyId}"));
        UUID other = organisation(jdbc, fixture.ownNetwork, "Matrix question partner");
        UUID foreign = organisation(jdbc, fixture.foreignNetwork, "Matrix foreign question partner");
        fixture.put("{questionId}", question(jdbc, fixture.ownNetwork, fixture.ownOrganisation, family));
        fixture.put("{otherQuestionId}", question(jdbc, fixture.ownNetwork, other, null));
        fixture.put("{foreignQuestionId}", question(jdbc, fixture.foreignNetwork, foreign, null));
        fixture.put("{supportId}", support(jdbc, fixture.ownNetwork, fixture.ownOrganisation, family));
        fixture.put("{otherSupportId}", support(jdbc, fixture.ownNetwork, other, null));
        fixture.put("{foreignSupportId}", support(jdbc, fixture.foreignNetwork, foreign, null));
    }

    private static UUID organisation(JdbcTemplate jdbc, UUID network, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'OTHER')",
                id,
                network,
                name + " " + id.toString().substring(0, 8));
        return id;
    }

    private static String question(JdbcTemplate jdbc, UUID network, UUID organisation, UUID family) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into question (id, network_id, family_id, text, themes, channel, registered_by,"
                        + " registered_by_organisation, owner_organisation, status, registered_at, updated_at)"
                        + " values (?, ?, ?, 'Matrixvraag', '{PARENTING}', 'PHONE', ?, ?, ?, 'OPEN', now(), now())",
                id,
                network,
                family,
                UUID.randomUUID(),
                organisation,
                organisation);
        return id.toString();
    }

    private static String support(JdbcTemplate jdbc, UUID network, UUID organisation, UUID family) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into material_support (id, network_id, organisation_id, family_id, kind, given_on,"
                        + " registered_by, registered_at) values (?, ?, ?, ?, 'FOOD', current_date, ?, now())",
                id,
                network,
                organisation,
                family,
                UUID.randomUUID());
        return id.toString();
    }
}
