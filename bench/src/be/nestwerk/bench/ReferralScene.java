package be.nestwerk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the referrals of the benchmark are made of, found in (and added to) a database with the demo data: the demo
 * family that consented to a referral, the organisation that registered it and the partner it may be referred to,
 * and one account per client on the registering organisation's staff. The accounts are made here, in SQL, with the
 * demo professional's password hash (the demo password), because inviting sixteen people through the pages would
 * test the invitations, not the referrals.
 */
record ReferralScene(
        UUID networkId, String slug, UUID familyId, UUID fromOrganisation, UUID toOrganisation, List<UUID> accounts) {

    static final String DEMO_PROFESSIONAL = "professional@mechelen.example.org";
    static final String DEMO_PASSWORD = "Nestwerk-demo-2026";

    static String accountEmail(int client) {
        return String.format("bench-client-%02d@mechelen.example.org", client);
    }

    static ReferralScene prepare(Connection db, int clients) throws SQLException {
        UUID network;
        String slug;
        UUID family;
        UUID from;
        UUID to;
        try (PreparedStatement query = db.prepareStatement(
                        """
                        select f.network_id, n.slug, f.id, f.registered_by_organisation, c.organisation_id
                        from family f
                        join network n on n.id = f.network_id
                        join consent c on c.family_id = f.id and c.purpose = 'REFERRAL' and c.revoked_at is null
                                      and c.valid_until >= current_date and c.organisation_id is not null
                        join membership m on m.network_id = f.network_id
                                         and m.organisation_id = f.registered_by_organisation
                        join user_account u on u.id = m.user_id and lower(u.email) = ?
                        order by f.name
                        limit 1
                        """)) {
            query.setString(1, DEMO_PROFESSIONAL);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No demo family with a referral consent for a partner of "
                            + DEMO_PROFESSIONAL + "'s organisation: is the demo profile on?");
                }
                network = row.getObject(1, UUID.class);
                slug = row.getString(2);
                family = row.getObject(3, UUID.class);
                from = row.getObject(4, UUID.class);
                to = row.getObject(5, UUID.class);
            }
        }
        List<UUID> accounts = new ArrayList<>();
        for (int client = 1; client <= clients; client++) {
            accounts.add(account(db, accountEmail(client), client, network, from));
        }
        return new ReferralScene(network, slug, family, from, to, List.copyOf(accounts));
    }

    private static UUID account(Connection db, String email, int client, UUID network, UUID organisation)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                """
                insert into user_account (id, email, display_name, password_hash)
                select ?, ?, ?, password_hash from user_account where lower(email) = ?
                on conflict do nothing
                """)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, email);
            insert.setString(3, String.format("Bench Client %02d (fictief)", client));
            insert.setString(4, DEMO_PROFESSIONAL);
            insert.executeUpdate();
        }
        UUID id;
        try (PreparedStatement find = db.prepareStatement("select id from user_account where lower(email) = ?")) {
            find.setString(1, email);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                id = row.getObject(1, UUID.class);
            }
        }
        try (PreparedStatement grant = db.prepareStatement(
                """
                insert into membership (id, user_id, network_id, organisation_id, role)
                values (?, ?, ?, ?, 'PROFESSIONAL') on conflict do nothing
                """)) {
            grant.setObject(1, UUID.randomUUID());
            grant.setObject(2, id);
            grant.setObject(3, network);
            grant.setObject(4, organisation);
            grant.executeUpdate();
        }
        return id;
    }
}
