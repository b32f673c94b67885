package be.nestwerk.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes family plans, their partners present and their steps; always under {@link FamilyScope}. */
@Repository
class FamilyPlanStore {

    private static final String COLUMNS = "id, family_id, network_id, consulted_on, needs_and_wishes, strengths,"
            + " steps_taken, language, follow_up_date, created_by, created_for_organisation, created_at, updated_at,"
            + " version";
    /** Plans of the family that one of the organisations made or was present at (or all of them). */
    private static final String READABLE = " from family_plan p where p.family_id = :family and (:all"
            + " or p.created_for_organisation = any(cast(:organisations as uuid[])) or exists (select 1 from"
            + " family_plan_partner pp where pp.plan_id = p.id and pp.organisation_id = any(cast(:organisations as"
            + " uuid[]))))";

    private final JdbcClient jdbc;

    FamilyPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FamilyPlan> find(UUID planId) {
        return jdbc.sql("select " + COLUMNS + " from family_plan where id = ?")
                .param(planId)
                .query((rs, row) -> plan(rs, partners(planId), steps(planId)))
                .optional();
    }

    void insert(FamilyPlan plan) {
        jdbc.sql("insert into family_plan (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        plan.id(),
                        plan.familyId(),
                        plan.networkId(),
                        plan.consultedOn(),
                        plan.needsAndWishes(),
                        plan.strengths(),
                        plan.stepsTaken(),
                        plan.language(),
                        plan.followUpDate(),
                        plan.createdBy(),
                        plan.createdForOrganisation(),
                        Timestamp.from(plan.createdAt()),
                        Timestamp.from(plan.updatedAt()),
                        plan.version())
                .update();
        insertPartners(plan);
        for (int i = 0; i < plan.steps().size(); i++) {
            insertStep(plan, plan.steps().get(i), i);
        }
    }

    /**
     * Saves the plan over the version it was edited from; steps keep their id (and whether they are done), steps no
     * longer in the plan are removed.
     *
     * @return false when someone else saved the plan meanwhile
     */
    boolean update(FamilyPlan plan, int editedVersion) {
        int updated = jdbc.sql("update family_plan set consulted_on = ?, needs_and_wishes = ?, strengths = ?,"
                        + " steps_taken = ?, language = ?, follow_up_date = ?,"
                        + " follow_up_reminded_at = case when follow_up_date is distinct from ? then null"
                        + " else follow_up_reminded_at end, updated_at = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        plan.consultedOn(),
                        plan.needsAndWishes(),
                        plan.strengths(),
                        plan.stepsTaken(),
                        plan.language(),
                        plan.followUpDate(),
                        plan.followUpDate(),
                        Timestamp.from(plan.updatedAt()),
                        plan.id(),
                        editedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from family_plan_partner where plan_id = ?")
                .param(plan.id())
                .update();
        insertPartners(plan);
        Map<UUID, PlanStep> before =
                steps(plan.id()).stream().collect(Collectors.toMap(PlanStep::id, Function.identity()));
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            if (before.remove(step.id()) == null) {
                insertStep(plan, step, i);
            } else {
                jdbc.sql("update family_plan_step set position = ?, what = ?, who_kind = ?, organisation_id = ?,"
                                + " who_name = ?, reminded_at = case when due_on = ? then reminded_at end,"
                                + " due_on = ? where id = ?")
                        .params(
                                i,
                                step.what(),
                                step.owner().name(),
                                step.organisationId(),
                                step.ownerName(),
                                step.dueOn(),
                                step.dueOn(),
                                step.id())
                        .update();
            }
        }
        before.keySet()
                .forEach(gone -> jdbc.sql("delete from family_plan_step where id = ?")
                        .param(gone)
                        .update());
        return true;
    }

    /** Marks an open step done; false when it was done already. */
    boolean markDone(UUID planId, UUID stepId, UUID by, Instant at) {
        return jdbc.sql("update family_plan_step set done_at = ?, done_by = ? where id = ? and plan_id = ?"
                                + " and done_at is null")
                        .params(Timestamp.from(at), by, stepId, planId)
                        .update()
                == 1;
    }

    List<PlanSummary> readable(UUID familyId, boolean all, Collection<UUID> organisations, int limit, long offset) {
        return jdbc.sql("select p.id, p.consulted_on, p.created_for_organisation, p.follow_up_date,"
                        + " (select count(*) from family_plan_step s where s.plan_id = p.id) as steps,"
                        + " (select count(*) from family_plan_step s where s.plan_id = p.id and s.done_at is null)"
                        + " as open" + READABLE + " order by p.consulted_on desc, p.created_at desc, p.id"
                        + " limit :limit offset :offset")
                .param("family", familyId)
                .param("all", all)
                .param("organisations", ids(organisations))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new PlanSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("consulted_on", LocalDate.class),
                        rs.getObject("created_for_organisation", UUID.class),
                        rs.getObject("follow_up_date", LocalDate.class),
                        rs.getInt("steps"),
                        rs.getInt("open")))
                .list();
    }

    long countReadable(UUID familyId, boolean all, Collection<UUID> organisations) {
        return jdbc.sql("select count(*)" + READABLE)
                .param("family", familyId)
                .param("all", all)
                .param("organisations", ids(organisations))
                .query(Long.class)
                .single();
    }

    private void insertPartners(FamilyPlan plan) {
        for (UUID partner : plan.partners()) {
            jdbc.sql("insert into family_plan_partner (plan_id, network_id, organisation_id) values (?, ?, ?)")
                    .params(plan.id(), plan.networkId(), partner)
                    .update();
        }
    }

    private void insertStep(FamilyPlan plan, PlanStep step, int position) {
        jdbc.sql("insert into family_plan_step (id, plan_id, network_id, position, what, who_kind, organisation_id,"
                        + " who_name, due_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        step.id(),
                        plan.id(),
                        plan.networkId(),
                        position,
                        step.what(),
                        step.owner().name(),
                        step.organisationId(),
                        step.ownerName(),
                        step.dueOn())
                .update();
    }

    private List<UUID> partners(UUID planId) {
        return jdbc.sql("select organisation_id from family_plan_partner where plan_id = ? order by organisation_id")
                .param(planId)
                .query(UUID.class)
                .list();
    }

    private List<PlanStep> steps(UUID planId) {
        return jdbc.sql("select id, what, who_kind, organisation_id, who_name, due_on, done_at from family_plan_step"
                        + " where plan_id = ? order by position, id")
                .param(planId)
                .query((rs, row) -> {
                    Timestamp done = rs.getTimestamp("done_at");
                    return new PlanStep(
                            rs.getObject("id", UUID.class),
                            rs.getString("what"),
                            StepOwner.valueOf(rs.getString("who_kind")),
                            rs.getObject("organisation_id", UUID.class),
                            rs.getString("who_name"),
                            rs.getObject("due_on", LocalDate.class),
                            done == null ? null : done.toInstant());
                })
                .list();
    }

    private static String[] ids(Collection<UUID> organisations) {
        return organisations.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static FamilyPlan plan(ResultSet rs, List<UUID> partners, List<PlanStep> steps) throws SQLException {
        return new FamilyPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("consulted_on", LocalDate.class),
                rs.getString("needs_and_wishes"),
                rs.getString("strengths"),
                rs.getString("steps_taken"),
                rs.getString("language"),
                rs.getObject("follow_up_date", LocalDate.class),
                rs.getObject("created_by", UUID.class),
                rs.getObject("created_for_organisation", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"),
                partners,
                steps);
    }
}
