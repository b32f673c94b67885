package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The actor survey matrix of one network (for its members), and summed over all networks (for the agency). */
@Service
class SurveyQueries {

    record AgencySurvey(SurveyMatrix matrix, long networks) {}

    private final JdbcClient jdbc;
    private final NetworkAccess access;

    SurveyQueries(JdbcClient jdbc, NetworkAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    SurveyMatrix forNetwork(UUID networkId) {
        access.requireMember(networkId);
        List<SurveyMatrix.Tally> partners = jdbc.sql("select o.actor_type, p.involvement, o.name from partnership p"
                        + " join organisation o on o.id = p.organisation_id"
                        + " where p.network_id = :network order by lower(o.name)")
                .param("network", networkId)
                .query((rs, rowNum) -> new SurveyMatrix.Tally(
                        ActorType.valueOf(rs.getString("actor_type")),
                        Involvement.valueOf(rs.getString("involvement")),
                        1,
                        List.of(rs.getString("name"))))
                .list();
        return SurveyMatrix.of(partners);
    }

    /** Counts only: the agency sees how partners are involved across Flanders and Brussels, not who they are. */
    @Transactional(readOnly = true)
    AgencySurvey forAgency() {
        access.requireAgencyAdmin();
        List<SurveyMatrix.Tally> tallies = jdbc.sql("select o.actor_type, p.involvement, count(*) as partners"
                        + " from partnership p join organisation o on o.id = p.organisation_id"
                        + " group by o.actor_type, p.involvement")
                .query((rs, rowNum) -> new SurveyMatrix.Tally(
                        ActorType.valueOf(rs.getString("actor_type")),
                        Involvement.valueOf(rs.getString("involvement")),
                        rs.getInt("partners"),
                        List.of()))
                .list();
        long networks = jdbc.sql("select count(distinct network_id) from partnership")
                .query(Long.class)
                .single();
        return new AgencySurvey(SurveyMatrix.of(tallies), networks);
    }
}
