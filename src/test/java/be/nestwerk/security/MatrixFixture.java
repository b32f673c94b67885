package be.nestwerk.security;

import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.offer.OfferCatalogue;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two networks, an organisation in the first, and one person per kind of caller. */
class MatrixFixture {

    private final Accounts accounts;
    private final Memberships memberships;
    private final JdbcTemplate jdbc;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> variables = new LinkedHashMap<>();

    final UUID ownNetwork = UUID.randomUUID();
    final UUID foreignNetwork = UUID.randomUUID();
    final UUID ownOrganisation = UUID.randomUUID();

    MatrixFixture(Accounts accounts, Memberships memberships, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    Map<Actor, NestwerkUser> actors() {
        jdbc.update(
                "insert into network (id, slug, name, kind) values (?, ?, ?, 'HUIS_VAN_HET_KIND')",
                ownNetwork,
                "matrix-own-" + suffix,
                "Matrix own " + suffix);
        jdbc.update(
                "insert into network (id, slug, name, kind) values (?, ?, ?, 'HUIS_VAN_HET_KIND')",
                foreignNetwork,
                "matrix-foreign-" + suffix,
                "Matrix foreign " + suffix);
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'GENERAL_WELFARE_CENTRE')",
                ownOrganisation,
                ownNetwork,
                "Matrix organisation " + suffix);
        jdbc.update(
                "insert into partnership (id, network_id, organisation_id, involvement) values (?, ?, ?, 'AVERAGE')",
                UUID.randomUUID(),
                ownNetwork,
                ownOrganisation);
        variables.put("{slug}", "matrix-own-" + suffix);
        variables.put("{id}", ownOrganisation.toString());
        variables.put("{organisationId}", ownOrganisation.toString());
        variables.put("{token}", "no-such-token");
        variables.put("{nis}", "12025");
        variables.put("{tokenId}", AuthorisationMatrixIT.unknownId().toString());
        variables.put("{invitationId}", AuthorisationMatrixIT.unknownId().toString());
        variables.put("{membershipId}", AuthorisationMatrixIT.unknownId().toString());
        variables.put("{postcode}", "2800");

        Map<Actor, NestwerkUser> users = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            if (actor == Actor.ANONYMOUS) {
                continue;
            }
            AccountView account = accounts.create(
                    actor.name().toLowerCase() + "-" + suffix + "@matrix.example.org",
                    actor.name(),
                    "matrix-password-123");
            switch (actor) {
                case AGENCY_ADMIN -> accounts.makeAgencyAdmin(account.id());
                case FOREIGN_COORDINATOR -> memberships.grant(account.id(), foreignNetwork, null, Role.COORDINATOR);
                case COORDINATOR -> memberships.grant(account.id(), ownNetwork, null, Role.COORDINATOR);
                case DATA_PROTECTION_OFFICER ->
                    memberships.grant(account.id(), ownNetwork, null, Role.DATA_PROTECTION_OFFICER);
                default ->
                    memberships.grant(account.id(), ownNetwork, ownOrganisation, AuthorisationMatrixIT.roleOf(actor));
            }
            users.put(actor, (NestwerkUser) userDetails.loadUserByUsername(account.email()));
        }
        return users;
    }

    String expand(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        return path;
    }

    private UserDetailsService userDetails;

    void put(String variable, Object value) {
        variables.put(variable, value.toString());
    }

    /**
     * A published activity of the own organisation with its next version in review ({offerId}) and one of its
     * sessions ({sessionId}).
     */
    void offers(OfferCatalogue catalogue, NestwerkUser coordinator) {
        OfferContent activity = OfferFixtures.activity(
                "Matrixactiviteit " + suffix, LocalDate.now().plusDays(2));
        UUID offer = NetworkFixtures.actingAs(coordinator, () -> {
            UUID id = catalogue.create(ownNetwork, ownOrganisation, activity);
            catalogue.submit(ownNetwork, id);
            catalogue.publish(ownNetwork, id);
            catalogue.saveDraft(ownNetwork, id, activity);
            catalogue.submit(ownNetwork, id);
            return id;
        });
        variables.put("{offerId}", offer.toString());
        variables.put(
                "{sessionId}",
                jdbc.queryForObject(
                                "select id from activity_session where offer_id = ? order by starts_at limit 1",
                                UUID.class,
                                offer)
                        .toString());
    }

    /**
     * Everything the matrix needs, in one place for every test that walks it: the networks, one person per kind of
     * caller, the offers and the families.
     */
    static Prepared prepare(ApplicationContext context) {
        MatrixFixture fixture = new MatrixFixture(
                        context.getBean(Accounts.class),
                        context.getBean(Memberships.class),
                        context.getBean(JdbcTemplate.class))
                .withUserDetails(context.getBean(UserDetailsService.class));
        Map<Actor, NestwerkUser> users = fixture.actors();
        fixture.offers(context.getBean(OfferCatalogue.class), users.get(Actor.COORDINATOR));
        fixture.families();
        fixture.referrals(users.get(Actor.PROFESSIONAL).id());
        FamilyPlanRows.plans(context.getBean(JdbcTemplate.class), fixture);
        QuestionRows.prepare(fixture, context.getBean(JdbcTemplate.class));
        CompanionRows.prepare(fixture, context, users.get(Actor.VOLUNTEER).id());
        return new Prepared(fixture, users);
    }

    /** A prepared fixture and its callers. */
    record Prepared(MatrixFixture fixture, Map<Actor, NestwerkUser> users) {}

    MatrixFixture withUserDetails(UserDetailsService userDetails) {
        this.userDetails = userDetails;
        return this;
    }

    /**
     * Families written directly (as the database owner, past row-level security): one of the own organisation with a
     * consent ({familyId}, {consentId}); one of another organisation of the network without consent
     * ({otherFamilyId}, with a consent to yet another partner: {otherConsentId}); one of the foreign network
     * ({foreignFamilyId}); and one of the other organisation whose consent to the own organisation was revoked
     * ({revokedFamilyId}).
     */
    void families() {
        otherOrganisation = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'SCHOOL')",
                otherOrganisation,
                ownNetwork,
                "Matrix other organisation " + suffix);
        foreignOrganisation = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'SCHOOL')",
                foreignOrganisation,
                foreignNetwork,
                "Matrix foreign organisation " + suffix);
        UUID own = family(ownNetwork, ownOrganisation);
        variables.put("{familyId}", own.toString());
        variables.put(
                "{consentId}",
                consent(own, ownNetwork, ownOrganisation, ownOrganisation, false)
                        .toString());
        UUID other = family(ownNetwork, otherOrganisation);
        variables.put("{otherFamilyId}", other.toString());
        variables.put(
                "{otherConsentId}",
                consent(other, ownNetwork, otherOrganisation, otherOrganisation, false)
                        .toString());
        variables.put(
                "{foreignFamilyId}", family(foreignNetwork, foreignOrganisation).toString());
        revokedFamily = family(ownNetwork, otherOrganisation);
        consent(revokedFamily, ownNetwork, otherOrganisation, ownOrganisation, true);
        variables.put("{revokedFamilyId}", revokedFamily.toString());
    }

    private UUID otherOrganisation;
    private UUID foreignOrganisation;
    private UUID revokedFamily;

    /**
     * Referrals written directly: one sent by the own organisation ({referralId}); one sent to it about a family that
     * consented ({receivedReferralId}); one between two other partners ({otherReferralId}); one of the foreign network
     * ({foreignReferralId}); and one sent to the own organisation about the family that revoked its consent
     * ({revokedReferralId}). Called after {@link #families()}.
     */
    void referrals(UUID sentBy) {
        UUID third = organisation(ownNetwork, "Matrix third organisation ");
        UUID foreignOther = organisation(foreignNetwork, "Matrix foreign other ");
        UUID own = UUID.fromString(variables.get("{familyId}"));
        variables.put(
                "{referralId}",
                referral(ownNetwork, own, ownOrganisation, otherOrganisation, sentBy)
                        .toString());
        UUID consenting = family(ownNetwork, otherOrganisation);
        consent(consenting, ownNetwork, otherOrganisation, ownOrganisation, false);
        variables.put(
                "{receivedReferralId}",
                referral(ownNetwork, consenting, otherOrganisation, ownOrganisation, sentBy)
                        .toString());
        UUID other = UUID.fromString(variables.get("{otherFamilyId}"));
        variables.put(
                "{otherReferralId}",
                referral(ownNetwork, other, otherOrganisation, third, sentBy).toString());
        UUID foreign = UUID.fromString(variables.get("{foreignFamilyId}"));
        variables.put(
                "{foreignReferralId}",
                referral(foreignNetwork, foreign, foreignOrganisation, foreignOther, sentBy)
                        .toString());
        variables.put(
                "{revokedReferralId}",
                referral(ownNetwork, revokedFamily, otherOrganisation, ownOrganisation, sentBy)
                        .toString());
        variables.put("{unknownReferralId}", AuthorisationMatrixIT.unknownId().toString());
    }

    private UUID organisation(UUID network, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'SCHOOL')",
                id,
                network,
                name + suffix);
        return id;
    }

    private UUID referral(UUID network, UUID family, UUID from, UUID to, UUID sentBy) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into referral (id, network_id, family_id, request_id, from_organisation, sent_by,"
                        + " to_organisation, reason, family_wishes, status, status_since, created_at) values"
                        + " (?, ?, ?, ?, ?, ?, ?, 'Matrixreden', 'Matrixwens', 'SENT', now(), now())",
                id,
                network,
                family,
                UUID.randomUUID(),
                from,
                sentBy,
                to);
        return id;
    }

    private UUID family(UUID network, UUID organisation) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into family (id, network_id, registered_by_organisation, registered_by, name, legal_basis,"
                        + " created_at, updated_at, last_contact_at) values (?, ?, ?, ?, ?, 'CONSENT', now(), now(),"
                        + " now())",
                id,
                network,
                organisation,
                UUID.randomUUID(),
                "Matrixgezin " + suffix);
        jdbc.update(
                "insert into family_member (id, family_id, network_id, name, relation) values (?, ?, ?, 'Ouder',"
                        + " 'PARENT')",
                UUID.randomUUID(),
                id,
                network);
        return id;
    }

    private UUID consent(UUID family, UUID network, UUID recordedBy, UUID to, boolean revoked) {
        UUID id = UUID.randomUUID();
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, family);
        jdbc.update(
                "insert into consent (id, family_id, network_id, given_by, organisation_id, purpose, form, recorded_by,"
                        + " recorded_by_organisation, recorded_at, valid_until, revoked_at, revoked_via) values"
                        + " (?, ?, ?, ?, ?, 'REFERRAL', 'VERBAL', ?, ?, now(), current_date + 30, ?, ?)",
                id,
                family,
                network,
                member,
                to,
                UUID.randomUUID(),
                recordedBy,
                revoked ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
                revoked ? "PROFESSIONAL" : null);
        return id;
    }
}
