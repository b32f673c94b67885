package be.nestwerk.family;

import be.nestwerk.family.RecordSection.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The family's plans and their steps, for its export. */
@Component
class FamilyPlanRecord implements FamilyRecordPart {

    private final JdbcClient jdbc;

    FamilyPlanRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RecordSection> about(UUID networkId, UUID familyId) {
        List<UUID> ids = new ArrayList<>();
        List<List<Value>> plans = jdbc.sql("select id, consulted_on, needs_and_wishes, strengths, steps_taken,"
                        + " language, follow_up_date from family_plan where family_id = ? order by consulted_on")
                .param(familyId)
                .query((rs, row) -> {
                    ids.add(rs.getObject("id", UUID.class));
                    return List.of(
                            Value.of(rs.getObject("consulted_on")),
                            Value.of(rs.getString("needs_and_wishes")),
                            Value.of(rs.getString("strengths")),
                            Value.of(rs.getString("steps_taken")),
                            Value.of(rs.getString("language")),
                            Value.of(rs.getObject("follow_up_date")));
                })
                .list();
        List<List<Value>> steps = jdbc.sql("select p.consulted_on, s.what, coalesce(o.name, s.who_name) as who,"
                        + " s.who_kind, s.due_on, s.done_at from family_plan_step s join family_plan p on p.id = s.plan_id"
                        + " left join organisation o on o.id = s.organisation_id where p.family_id = ?"
                        + " order by p.consulted_on, s.position")
                .param(familyId)
                .query((rs, row) -> List.of(
                        Value.of(rs.getObject("consulted_on")),
                        Value.of(rs.getString("what")),
                        "FAMILY".equals(rs.getString("who_kind"))
                                ? Value.label("family.plan.pdf.you")
                                : Value.of(rs.getString("who")),
                        Value.of(rs.getObject("due_on")),
                        Value.of(rs.getObject("done_at"))))
                .list();
        return List.of(
                new RecordSection(
                        "family.export.plans",
                        List.of(
                                "family.export.plan.consultedOn",
                                "family.plan.pdf.needsAndWishes",
                                "family.plan.pdf.strengths",
                                "family.plan.pdf.stepsTaken",
                                "family.plan.field.language",
                                "family.export.plan.followUp"),
                        plans,
                        "FamilyPlan",
                        ids),
                new RecordSection(
                        "family.export.planSteps",
                        List.of(
                                "family.export.plan.consultedOn",
                                "family.plan.pdf.what",
                                "family.plan.pdf.who",
                                "family.plan.pdf.due",
                                "family.export.plan.doneAt"),
                        steps,
                        "FamilyPlan",
                        List.of()));
    }
}
