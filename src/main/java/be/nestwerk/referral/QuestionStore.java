package be.nestwerk.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes questions; always under the family tables' row-level security (FamilyScope). */
@Repository
class QuestionStore {

    private static final String COLUMNS = "id, network_id, family_id, postcode, home_language, text, themes, channel,"
            + " registered_by, registered_by_organisation, owner_organisation, owner_person, status, registered_at,"
            + " closed_at, closed_by, answer_note, referral_id";

    private final JdbcClient jdbc;

    QuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which questions a list shows: of the current person only, or of their organisations; and in which status. */
    record Filter(
            Collection<UUID> organisations,
            @Nullable UUID person,
            @Nullable QuestionStatus status) {}

    Optional<Question> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from question where id = ?")
                .param(id)
                .query((rs, row) -> question(rs))
                .optional();
    }

    void insert(Question question, Instant now) {
        jdbc.sql("insert into question (" + COLUMNS + ", updated_at) values"
                        + " (?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        question.id(),
                        question.networkId(),
                        question.familyId(),
                        question.postcode(),
                        question.homeLanguage(),
                        question.text(),
                        question.themes().stream().map(Enum::name).toArray(String[]::new),
                        question.channel().name(),
                        question.registeredBy(),
                        question.registeredByOrganisation(),
                        question.ownerOrganisation(),
                        question.ownerPerson(),
                        question.status().name(),
                        Timestamp.from(question.registeredAt()),
                        timestamp(question.closedAt()),
                        question.closedBy(),
                        question.answerNote(),
                        question.referralId(),
                        Timestamp.from(now))
                .update();
    }

    /** Writes what can change: the status with its closing, and the owner. */
    void update(Question question, Instant now) {
        jdbc.sql("update question set status = ?, closed_at = ?, closed_by = ?, answer_note = ?, referral_id = ?,"
                        + " owner_organisation = ?, owner_person = ?, updated_at = ? where id = ?")
                .params(
                        question.status().name(),
                        timestamp(question.closedAt()),
                        question.closedBy(),
                        question.answerNote(),
                        question.referralId(),
                        question.ownerOrganisation(),
                        question.ownerPerson(),
                        Timestamp.from(now),
                        question.id())
                .update();
    }

    long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from question where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    List<Question> page(Filter filter, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from question where " + where
                        + " order by registered_at desc, id limit ? offset ?")
                .params(params)
                .query((rs, row) -> question(rs))
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        String[] organisations =
                filter.organisations().stream().map(UUID::toString).toArray(String[]::new);
        StringBuilder where = new StringBuilder("(owner_organisation = any(cast(? as uuid[]))"
                + " or registered_by_organisation = any(cast(? as uuid[])))");
        params.add(organisations);
        params.add(organisations);
        if (filter.person() != null) {
            where.append(" and (owner_person = ? or registered_by = ?)");
            params.add(filter.person());
            params.add(filter.person());
        }
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        }
        return where.toString();
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getString("postcode"),
                rs.getString("home_language"),
                rs.getString("text"),
                themes(rs.getArray("themes")),
                QuestionChannel.valueOf(rs.getString("channel")),
                rs.getObject("registered_by", UUID.class),
                rs.getObject("registered_by_organisation", UUID.class),
                rs.getObject("owner_organisation", UUID.class),
                rs.getObject("owner_person", UUID.class),
                QuestionStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("registered_at").toInstant(),
                instant(rs.getTimestamp("closed_at")),
                rs.getObject("closed_by", UUID.class),
                rs.getString("answer_note"),
                rs.getObject("referral_id", UUID.class));
    }

    private static List<QuestionTheme> themes(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(QuestionTheme::valueOf)
                .toList();
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
