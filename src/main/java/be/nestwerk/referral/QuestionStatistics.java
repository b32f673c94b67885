package be.nestwerk.referral;

import be.nestwerk.family.FamilyScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long a network's questions wait and which themes come in, for its coordinators and partner admins: counts and
 * percentiles computed in the database, no personal data.
 */
@Service
@Transactional
class QuestionStatistics {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final int MONTHS = 12;
    /** The upper bounds (in days) of the age buckets of open questions; the last bucket has none. */
    static final List<Integer> AGE_BOUNDS = List.of(7, 30, 90);

    private final JdbcClient jdbc;
    private final QuestionAccess access;
    private final FamilyScope scope;
    private final Clock clock;

    QuestionStatistics(JdbcClient jdbc, QuestionAccess access, FamilyScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.scope = scope;
    }

    /**
     * The figures: waiting days (median and 90th percentile, from registration to answered or referred) of the
     * questions closed in the last twelve months, the open ones by age, themes per month and channels.
     */
    record Figures(
            long closed,
            @Nullable Double medianDays,
            @Nullable Double p90Days,
            List<Long> openByAge,
            List<YearMonth> months,
            Map<QuestionTheme, List<Long>> themesByMonth,
            Map<QuestionChannel, Long> channels) {}

    Figures of(UUID networkId) {
        access.requireStatisticsReader(networkId);
        scope.enter(networkId);
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(BELGIUM));
        List<YearMonth> months = IntStream.range(0, MONTHS)
                .mapToObj(i -> current.minusMonths(MONTHS - 1 - i))
                .toList();
        Timestamp since =
                Timestamp.from(months.get(0).atDay(1).atStartOfDay(BELGIUM).toInstant());
        Object[] waiting = jdbc.sql("select count(*),"
                        + " percentile_cont(0.5) within group (order by extract(epoch from closed_at - registered_at)),"
                        + " percentile_cont(0.9) within group (order by extract(epoch from closed_at - registered_at))"
                        + " from question where network_id = ? and status <> 'OPEN' and closed_at >= ?")
                .params(networkId, since)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getObject(2), rs.getObject(3)})
                .single();
        return new Figures(
                (Long) waiting[0],
                days(waiting[1]),
                days(waiting[2]),
                openByAge(networkId, now),
                months,
                themesByMonth(networkId, months, since),
                channels(networkId, since));
    }

    private List<Long> openByAge(UUID networkId, Instant now) {
        Timestamp week = Timestamp.from(now.minus(Duration.ofDays(AGE_BOUNDS.get(0))));
        Timestamp month = Timestamp.from(now.minus(Duration.ofDays(AGE_BOUNDS.get(1))));
        Timestamp quarter = Timestamp.from(now.minus(Duration.ofDays(AGE_BOUNDS.get(2))));
        return jdbc.sql("select count(*) filter (where registered_at >= ?), count(*) filter (where registered_at < ?"
                        + " and registered_at >= ?), count(*) filter (where registered_at < ? and registered_at >= ?),"
                        + " count(*) filter (where registered_at < ?) from question where network_id = ?"
                        + " and status = 'OPEN'")
                .params(week, week, month, month, quarter, quarter, networkId)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private Map<QuestionTheme, List<Long>> themesByMonth(UUID networkId, List<YearMonth> months, Timestamp since) {
        Map<QuestionTheme, long[]> counts = new EnumMap<>(QuestionTheme.class);
        for (QuestionTheme theme : QuestionTheme.values()) {
            counts.put(theme, new long[months.size()]);
        }
        jdbc.sql("select theme, to_char(registered_at at time zone 'Europe/Brussels', 'YYYY-MM') as month, count(*)"
                        + " from question, unnest(themes) as theme where network_id = ? and registered_at >= ?"
                        + " group by theme, month")
                .params(networkId, since)
                .query(rs -> {
                    int index = months.indexOf(YearMonth.parse(rs.getString(2)));
                    if (index >= 0) {
                        counts.get(QuestionTheme.valueOf(rs.getString(1)))[index] = rs.getLong(3);
                    }
                });
        Map<QuestionTheme, List<Long>> result = new EnumMap<>(QuestionTheme.class);
        counts.forEach((theme, perMonth) ->
                result.put(theme, java.util.Arrays.stream(perMonth).boxed().toList()));
        return result;
    }

    private Map<QuestionChannel, Long> channels(UUID networkId, Timestamp since) {
        Map<QuestionChannel, Long> counts = new EnumMap<>(QuestionChannel.class);
        for (QuestionChannel channel : QuestionChannel.values()) {
            counts.put(channel, 0L);
        }
        jdbc.sql("select channel, count(*) from question where network_id = ? and registered_at >= ? group by channel")
                .params(networkId, since)
                .query(rs -> {
                    counts.put(QuestionChannel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static @Nullable Double days(@Nullable Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 86_400d;
    }
}
