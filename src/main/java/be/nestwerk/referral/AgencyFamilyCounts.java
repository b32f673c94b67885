package be.nestwerk.referral;

import be.nestwerk.network.NetworkView;
import be.nestwerk.referral.NetworkFamilyCounts.Counted;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of families, consents, referrals, questions and family plans per network, for the agency, which sees
 * aggregates and never a family. The family tables are under row-level security only for the role nestwerk_family;
 * this deliberately stays in the application's own role (no FamilyScope.enter), which owns them, because it counts
 * across the networks of one page. Only aggregates grouped by network leave the database.
 */
@Service
class AgencyFamilyCounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    AgencyFamilyCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counts of these networks, in their order; the caller has checked that the agency asks. */
    @Transactional(readOnly = true)
    List<NetworkFamilyCounts> of(List<NetworkView> networks) {
        if (networks.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = networks.stream().map(NetworkView::id).toList();
        Map<UUID, long[]> families = families(ids);
        Map<UUID, Long> consents = perNetwork(
                jdbc.sql("select network_id, count(*) from consent where network_id in (:ids) and revoked_at is null"
                                + " and valid_until >= :today group by network_id")
                        .param("ids", ids)
                        .param("today", LocalDate.now(clock)));
        Map<UUID, Long> plans = perNetwork(
                jdbc.sql("select network_id, count(*) from family_plan where network_id in (:ids) group by network_id")
                        .param("ids", ids));
        Map<UUID, Map<String, Long>> referrals = perStatus("referral", ids);
        Map<UUID, Map<String, Long>> questions = perStatus("question", ids);
        return networks.stream()
                .map(network -> {
                    long[] registered = families.getOrDefault(network.id(), new long[2]);
                    return new NetworkFamilyCounts(
                            network,
                            new FamilyCount(registered[0]),
                            new FamilyCount(registered[1]),
                            new FamilyCount(consents.getOrDefault(network.id(), 0L)),
                            counted(ReferralStatus.values(), referrals.get(network.id()), "referral.status."),
                            counted(QuestionStatus.values(), questions.get(network.id()), "referral.question.status."),
                            new FamilyCount(plans.getOrDefault(network.id(), 0L)));
                })
                .toList();
    }

    /** Per network: families registered and not anonymised, and anonymised ones. */
    private Map<UUID, long[]> families(Collection<UUID> ids) {
        Map<UUID, long[]> counts = new HashMap<>();
        jdbc.sql("select network_id, count(*) filter (where anonymised_at is null) as registered,"
                        + " count(*) filter (where anonymised_at is not null) as anonymised"
                        + " from family where network_id in (:ids) group by network_id")
                .param("ids", ids)
                .query((rs, row) -> counts.put(
                        rs.getObject("network_id", UUID.class),
                        new long[] {rs.getLong("registered"), rs.getLong("anonymised")}))
                .list();
        return counts;
    }

    private static Map<UUID, Long> perNetwork(JdbcClient.StatementSpec statement) {
        Map<UUID, Long> counts = new HashMap<>();
        statement
                .query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Per network and status; the table is one of two fixed names, never input. */
    private Map<UUID, Map<String, Long>> perStatus(String table, Collection<UUID> ids) {
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("select network_id, status, count(*) from " + table
                        + " where network_id in (:ids) group by network_id, status")
                .param("ids", ids)
                .query((rs, row) -> counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }

    private static <S extends Enum<S>> List<Counted> counted(S[] statuses, Map<String, Long> counts, String keyPrefix) {
        Map<String, Long> found = counts == null ? Map.of() : counts;
        return Arrays.stream(statuses)
                .map(status ->
                        new Counted(keyPrefix + status.name(), new FamilyCount(found.getOrDefault(status.name(), 0L))))
                .toList();
    }
}
