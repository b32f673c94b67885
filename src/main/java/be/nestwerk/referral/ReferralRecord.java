package be.nestwerk.referral;

import be.nestwerk.family.FamilyRecordPart;
import be.nestwerk.family.RecordSection;
import be.nestwerk.family.RecordSection.Value;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the referral module keeps about a family, for its right of access: its referrals and their steps, the
 * companion who went along, its questions and the material support it received.
 */
@Component
class ReferralRecord implements FamilyRecordPart {

    private final JdbcClient jdbc;

    ReferralRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RecordSection> about(UUID networkId, UUID familyId) {
        return List.of(
                referrals(familyId), steps(familyId), companions(familyId), questions(familyId), supports(familyId));
    }

    private RecordSection referrals(UUID familyId) {
        List<UUID> ids = new ArrayList<>();
        List<List<Value>> rows = jdbc.sql("select r.id, r.created_at, f.name as sender, t.name as receiver, r.status,"
                        + " r.outcome, r.reason, r.family_wishes, r.contact_route, r.contact_times from referral r"
                        + " join organisation f on f.id = r.from_organisation join organisation t on t.id = r.to_organisation"
                        + " where r.family_id = ? order by r.created_at")
                .param(familyId)
                .query((rs, row) -> {
                    ids.add(rs.getObject("id", UUID.class));
                    return List.of(
                            date(rs, "created_at"),
                            Value.of(rs.getString("sender")),
                            Value.of(rs.getString("receiver")),
                            Value.label("referral.status." + rs.getString("status")),
                            rs.getString("outcome") == null
                                    ? Value.of(null)
                                    : Value.label("referral.outcome." + rs.getString("outcome")),
                            Value.of(rs.getString("reason")),
                            Value.of(rs.getString("family_wishes")),
                            Value.of(rs.getString("contact_route")),
                            Value.of(rs.getString("contact_times")));
                })
                .list();
        return new RecordSection(
                "referral.list.title",
                List.of(
                        "referral.field.sentOn",
                        "referral.field.from",
                        "referral.field.to",
                        "referral.field.status",
                        "referral.field.outcome",
                        "referral.field.reason",
                        "referral.field.familyWishes",
                        "referral.field.contactRoute",
                        "referral.field.contactTimes"),
                rows,
                "Referral",
                ids);
    }

    private RecordSection steps(UUID familyId) {
        List<List<Value>> rows = jdbc.sql("select s.at, s.status, o.name, s.note from referral_step s"
                        + " join referral r on r.id = s.referral_id join organisation o on o.id = s.by_organisation"
                        + " where r.family_id = ? order by s.at, s.id")
                .param(familyId)
                .query((rs, row) -> List.of(
                        date(rs, "at"),
                        Value.label("referral.status." + rs.getString("status")),
                        Value.of(rs.getString("name")),
                        Value.of(rs.getString("note"))))
                .list();
        return new RecordSection(
                "referral.view.loop",
                List.of("referral.field.sentOn", "referral.field.status", "referral.field.from", "referral.field.note"),
                rows,
                "Referral",
                List.of());
    }

    private RecordSection companions(UUID familyId) {
        List<List<Value>> rows = jdbc.sql(
                        "select c.meeting_at, c.meeting_place, a.display_name, c.done_at"
                                + " from referral_companion c join referral r on r.id = c.referral_id"
                                + " join user_account a on a.id = c.companion_account where r.family_id = ? order by c.meeting_at")
                .param(familyId)
                .query((rs, row) -> List.of(
                        Value.of(rs.getObject("meeting_at")),
                        Value.of(rs.getString("meeting_place")),
                        Value.of(rs.getString("display_name")),
                        date(rs, "done_at")))
                .list();
        return new RecordSection(
                "companion.view.heading",
                List.of(
                        "companion.field.meetingAt",
                        "companion.field.meetingPlace",
                        "companion.field.volunteer",
                        "companion.view.wentAlong"),
                rows,
                "Referral",
                List.of());
    }

    private RecordSection questions(UUID familyId) {
        List<UUID> ids = new ArrayList<>();
        List<List<Value>> rows = jdbc.sql("select id, registered_at, text, status, answer_note from question"
                        + " where family_id = ? order by registered_at")
                .param(familyId)
                .query((rs, row) -> {
                    ids.add(rs.getObject("id", UUID.class));
                    return List.of(
                            date(rs, "registered_at"),
                            Value.of(rs.getString("text")),
                            Value.label("referral.question.status." + rs.getString("status")),
                            Value.of(rs.getString("answer_note")));
                })
                .list();
        return new RecordSection(
                "referral.question.list.title",
                List.of(
                        "referral.support.givenOn",
                        "referral.question.text",
                        "referral.question.status",
                        "referral.question.answerNote"),
                rows,
                "Question",
                ids);
    }

    private RecordSection supports(UUID familyId) {
        List<UUID> ids = new ArrayList<>();
        List<List<Value>> rows = jdbc.sql("select m.id, m.given_on, m.kind, o.name, m.note from material_support m"
                        + " join organisation o on o.id = m.organisation_id where m.family_id = ? order by m.given_on")
                .param(familyId)
                .query((rs, row) -> {
                    ids.add(rs.getObject("id", UUID.class));
                    return List.of(
                            Value.of(rs.getObject("given_on")),
                            Value.label("referral.support.kind." + rs.getString("kind")),
                            Value.of(rs.getString("name")),
                            Value.of(rs.getString("note")));
                })
                .list();
        return new RecordSection(
                "referral.support.title",
                List.of(
                        "referral.support.givenOn",
                        "referral.support.kind",
                        "referral.support.organisation",
                        "referral.support.note"),
                rows,
                "MaterialSupport",
                ids);
    }

    private static Value date(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return Value.of(
                at == null
                        ? null
                        : at.toInstant().atZone(ReferralReminders.BRUSSELS).toLocalDate());
    }
}
