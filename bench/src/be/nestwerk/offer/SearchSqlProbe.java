package be.nestwerk.offer;

import be.nestwerk.offer.SearchCriteria.Near;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Times, on the generated catalogue and one connection, the SQL a family search needs: the conditions exactly as
 * {@link SearchFilter} writes them, a first page (20, ranked by text, by distance or by name) and the count, and
 * shows which indexes PostgreSQL uses. It tells the search what its database part costs without HTTP or Java around
 * it. Run by {@code bench/search-load.sh}, or with the generator's --url/--user/--password.
 */
public final class SearchSqlProbe {

    private static final int RUNS = 20;
    private static final long BUDGET_NANOS = 2_000_000_000L;

    private record Probe(String label, SearchCriteria criteria) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CatalogueGenerator.options(args);
        NamedParameterJdbcTemplate custom = connection(options, "force_custom_plan");
        NamedParameterJdbcTemplate generic = connection(options, "force_generic_plan");
        List<Probe> probes = probes(custom);
        System.out.printf(
                "The search's SQL on one connection, up to %d runs or %d s each, in ms. page = first 20 in order,"
                        + " count = all matches; custom = a plan for the values, generic = the plan PostgreSQL may"
                        + " switch to for a prepared statement after 5 runs (the JDBC driver prepares after 5).%n",
                RUNS, BUDGET_NANOS / 1_000_000_000L);
        System.out.printf(
                "%-40s %7s %8s %8s %8s %8s %8s  %s%n",
                "query", "matches", "custom", "p95", "generic", "p95", "count", "plan (custom; generic if slower)");
        String only = options.getOrDefault("only", "");
        for (Probe probe : probes) {
            if (probe.label().startsWith(only)) {
                run(custom, generic, probe);
            }
        }
        typos(custom, "kinderopvnag");
        typos(custom, "zwangerschp");
    }

    private static NamedParameterJdbcTemplate connection(Map<String, String> options, String planCacheMode) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                options.get("url"),
                options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""),
                true);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        jdbc.getJdbcTemplate().execute("set plan_cache_mode = " + planCacheMode);
        return jdbc;
    }

    private static List<Probe> probes(NamedParameterJdbcTemplate jdbc) {
        SearchCriteria all = SearchCriteria.everything();
        UUID gent = jdbc.queryForObject(
                "select id from network where slug = 'huis-van-het-kind-gent'", Map.of(), UUID.class);
        return List.of(
                new Probe("text kinderopvang", all.withText("kinderopvang")),
                new Probe("text zwanger", all.withText("zwanger")),
                new Probe("text huiswerk begeleiding", all.withText("huiswerk begeleiding")),
                new Probe("text opvoeding", all.withText("opvoeding")),
                new Probe("age 24 months", criteria(null, 24, false, Set.of(), null, false, null, Set.of())),
                new Probe("pregnant", criteria(null, null, true, Set.of(), null, false, null, Set.of())),
                new Probe(
                        "near 2800 within 10 km",
                        criteria(null, null, false, Set.of(), null, false, near(jdbc, "2800", 10), Set.of())),
                new Probe(
                        "near 2000 within 3 km",
                        criteria(null, null, false, Set.of(), null, false, near(jdbc, "2000", 3), Set.of())),
                new Probe(
                        "near 3500 within 25 km",
                        criteria(null, null, false, Set.of(), null, false, near(jdbc, "3500", 25), Set.of())),
                new Probe("language ar", criteria(null, null, false, Set.of(), "ar", false, null, Set.of())),
                new Probe("free only", criteria(null, null, false, Set.of(), null, true, null, Set.of())),
                new Probe("everything", all),
                new Probe("network Gent", all.inNetwork(gent)),
                new Probe(
                        "opvoeding, 4 y, near 2000 10 km",
                        criteria("opvoeding", 48, false, Set.of(), null, false, near(jdbc, "2000", 10), Set.of())),
                new Probe(
                        "CHILDCARE, 1 y, near 8500 10 km",
                        criteria(
                                null,
                                12,
                                false,
                                Set.of(LifeDomain.CHILDCARE),
                                null,
                                false,
                                near(jdbc, "8500", 10),
                                Set.of())),
                new Probe(
                        "ar, free, near 1030 5 km",
                        criteria(null, null, false, Set.of(), "ar", true, near(jdbc, "1030", 5), Set.of())),
                new Probe(
                        "sport, Wednesday, 7 y, near 9300 10 km",
                        criteria(
                                "sport",
                                84,
                                false,
                                Set.of(),
                                null,
                                false,
                                near(jdbc, "9300", 10),
                                Set.of(DayOfWeek.WEDNESDAY))));
    }

    private static SearchCriteria criteria(
            @Nullable String text,
            @Nullable Integer months,
            boolean pregnant,
            Set<LifeDomain> themes,
            @Nullable String language,
            boolean free,
            @Nullable Near near,
            Set<DayOfWeek> days) {
        return new SearchCriteria(text, months, pregnant, themes, language, free, near, days, null);
    }

    private static Near near(NamedParameterJdbcTemplate jdbc, String postcode, int km) {
        return jdbc.queryForObject(
                "select lat, lon from postcode where postcode = :postcode order by main_municipality desc limit 1",
                Map.of("postcode", postcode),
                (rs, row) -> new Near(postcode, rs.getDouble(1), rs.getDouble(2), km));
    }

    private static void run(NamedParameterJdbcTemplate custom, NamedParameterJdbcTemplate generic, Probe probe) {
        SearchCriteria criteria = probe.criteria();
        String tsquery = TextQuery.of(TextQuery.words(criteria.text()));
        SearchFilter filter = SearchFilter.of(criteria, tsquery);
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        String select = "select p.offer_id, p.name";
        String from = " from published_offer p";
        String order = " order by p.name, p.offer_id";
        if (criteria.near() != null) {
            from += " cross join lateral (select min(" + SearchFilter.DISTANCE_KM + ") as km from published_location l"
                    + " where l.offer_id = p.offer_id and not l.confidential and " + SearchFilter.withinBox() + ") d";
            select += ", d.km";
            order = " order by d.km, p.offer_id";
        } else if (tsquery != null) {
            select += ", ts_rank_cd(p.search_document, to_tsquery('dutch', :tsquery)) as rank";
            order = " order by rank desc, p.offer_id";
        }
        String page = select + from + " where " + filter.where() + order + " limit 20";
        String count = "select count(*) from published_offer p where " + filter.where();
        measure(custom, generic, probe.label(), page, count, parameters);
        if (criteria.near() != null) {
            // The same search with the distance from one grouped pass over the places in the box, joined to the
            // offers: a shape whose generic plan stays as good as its custom one.
            SearchFilter others = SearchFilter.of(
                    new SearchCriteria(
                            criteria.text(),
                            criteria.ageMonths(),
                            criteria.pregnant(),
                            criteria.themes(),
                            criteria.language(),
                            criteria.freeOnly(),
                            null,
                            criteria.days(),
                            criteria.networkId()),
                    tsquery);
            Map<String, Object> all = new LinkedHashMap<>(others.parameters());
            all.putAll(SearchFilter.nearParameters(criteria.near()));
            String near = " from published_offer p join (select l.offer_id, min(" + SearchFilter.DISTANCE_KM
                    + ") as km from published_location l where not l.confidential and " + SearchFilter.withinBox()
                    + " group by l.offer_id) d on d.offer_id = p.offer_id where " + others.where()
                    + " and d.km <= :km";
            measure(
                    custom,
                    generic,
                    "  same, distance by a grouped join",
                    "select p.offer_id, p.name, d.km" + near + " order by d.km, p.offer_id limit 20",
                    "select count(*)" + near,
                    all);
        }
    }

    private static void measure(
            NamedParameterJdbcTemplate custom,
            NamedParameterJdbcTemplate generic,
            String label,
            String page,
            String count,
            Map<String, Object> parameters) {
        double[] customMs = time(custom, page, parameters);
        double[] genericMs = time(generic, page, parameters);
        double[] countMs = time(custom, count, parameters);
        long matches = custom.queryForObject(count, parameters, Long.class);
        String plan = scans(custom, page, parameters);
        if (percentile(genericMs, 50) > 3 * percentile(customMs, 50) + 1) {
            plan += " || generic: " + scans(generic, page, parameters);
        }
        System.out.printf(
                "%-40s %7d %8.1f %8.1f %8.1f %8.1f %8.1f  %s%n",
                label,
                matches,
                percentile(customMs, 50),
                percentile(customMs, 95),
                percentile(genericMs, 50),
                percentile(genericMs, 95),
                percentile(countMs, 50),
                plan);
    }

    /** Runs the query (twice untimed first) up to {@link #RUNS} times, fewer when they take long. */
    private static double[] time(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> parameters) {
        jdbc.queryForList(sql, parameters);
        jdbc.queryForList(sql, parameters);
        double[] ms = new double[RUNS];
        long begin = System.nanoTime();
        int runs = 0;
        while (runs < RUNS && (runs < 3 || System.nanoTime() - begin < BUDGET_NANOS)) {
            long start = System.nanoTime();
            jdbc.queryForList(sql, parameters);
            ms[runs++] = (System.nanoTime() - start) / 1e6;
        }
        return Arrays.copyOf(ms, runs);
    }

    /** The scans of the executed plan, e.g. which index; "JIT" when PostgreSQL compiled it. */
    private static String scans(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> parameters) {
        List<String> plan = jdbc.queryForList("explain (analyze, costs off) " + sql, parameters, String.class);
        String scans = plan.stream()
                .filter(line -> line.contains("Scan"))
                .map(line -> line.strip()
                        .replaceFirst("^->\\s*", "")
                        .replaceAll("\\s*\\(actual.*", "")
                        .replace("Bitmap Heap Scan on ", "")
                        .replace("Bitmap Index Scan on ", "bitmap ")
                        .replace("Index Scan using ", "index ")
                        .replace("Seq Scan on ", "seq "))
                .distinct()
                .collect(Collectors.joining(", "));
        return plan.stream().anyMatch(line -> line.startsWith("JIT")) ? scans + " (JIT)" : scans;
    }

    private static void typos(NamedParameterJdbcTemplate jdbc, String word) {
        String sql = "select word from search_word where word % :word order by similarity(word, :word) desc limit 3";
        Map<String, Object> parameters = Map.of("word", word);
        double[] ms = time(jdbc, sql, parameters);
        List<String> found = jdbc.queryForList(sql, parameters, String.class);
        System.out.printf(
                "%-40s %7d %8.1f %8.1f %8s %8s %8s  %s%n",
                "typo " + word, found.size(), percentile(ms, 50), percentile(ms, 95), "", "", "", "-> " + found);
    }

    private static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private SearchSqlProbe() {}
}
