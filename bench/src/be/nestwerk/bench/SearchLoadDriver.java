package be.nestwerk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop HTTP load: N clients, each sending its next request as soon as the previous one is answered. After a
 * warm-up on both endpoints it measures the public search (a mix of queries from a file) and then a trivial endpoint
 * of the same application, and prints latency percentiles, throughput, their ratio and whether the targets are met.
 * Every answer's status is checked; anything but 2xx counts as an error.
 *
 * <pre>java be.nestwerk.bench.SearchLoadDriver --base-url http://127.0.0.1:8080 [--search-path /api/v1/offers/search]
 *     [--trivial-path /actuator/health/liveness] [--queries bench/search-queries.txt] [--clients 32]
 *     [--warmup 30] [--seconds 60] [--target-p95-ms 25] [--target-ratio 0.5]
 *     [--app-pid pid] [--database-pid postmaster-pid] [--clock-ticks 100] [--postcodes csv-file]</pre>
 *
 * <p>A query may hold variables, drawn anew for every request so that a cache of answers cannot serve the whole
 * mix: {postcode} (from the first column of the --postcodes file), {age}, {months}, {km}, {day}, {language}.
 */
public final class SearchLoadDriver {

    /** One request to make: a label to report it under and the path with its query string. */
    record Target(String category, String path) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = options.getOrDefault("base-url", "http://127.0.0.1:8080").replaceAll("/+$", "");
        String searchPath = options.getOrDefault("search-path", "/api/v1/offers/search");
        String trivialPath = options.getOrDefault("trivial-path", "/actuator/health/liveness");
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        double targetP95 = Double.parseDouble(options.getOrDefault("target-p95-ms", "25"));
        double targetRatio = Double.parseDouble(options.getOrDefault("target-ratio", "0.5"));
        List<Target> searches =
                queries(Path.of(options.getOrDefault("queries", "bench/search-queries.txt")), searchPath);
        List<Target> trivial = List.of(new Target("trivial", trivialPath));
        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        long databasePid = Long.parseLong(options.getOrDefault("database-pid", "0"));
        long ticks = Long.parseLong(options.getOrDefault("clock-ticks", "100"));
        Cpu cpu = () -> CpuTime.now(appPid, databasePid, ticks);
        Variables variables = Variables.read(options.get("postcodes"));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        System.out.printf(
                "%d closed-loop clients against %s; %d search queries in the mix (%s), trivial endpoint %s%n",
                clients, base, searches.size(), searchPath, trivialPath);
        firstAnswers(http, base, searches, variables);

        List<Target> both = new ArrayList<>(searches);
        both.addAll(trivial);
        System.out.printf("Warm-up: %d s on both endpoints%n", warmup);
        run(http, base, both, variables, clients, warmup, cpu);

        System.out.printf("Measuring: %d s per endpoint%n", seconds);
        Result search = run(http, base, searches, variables, clients, seconds, cpu);
        Result simple = run(http, base, trivial, variables, clients, seconds, cpu);

        System.out.println();
        System.out.printf(
                "%-22s %9s %7s %9s %8s %8s %8s %8s %9s%n",
                "endpoint", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "avg bytes");
        search.print("search (all)");
        simple.print("trivial");
        search.byCategory().forEach((category, result) -> result.print("  search " + category));
        double ratio = search.throughput() / simple.throughput();
        System.out.println();
        System.out.printf(
                "CPU per request in ms (application, database, this load driver) and what %d cores could serve"
                        + " if nothing else ran:%n",
                Runtime.getRuntime().availableProcessors());
        search.printCpu("search (all)");
        simple.printCpu("trivial");
        System.out.println();
        System.out.printf("search throughput / trivial throughput: %.0f %%%n", ratio * 100);
        System.out.printf(
                "target search p95 <= %.0f ms: %s (%.1f ms)%n",
                targetP95, search.percentile(95) <= targetP95 ? "MET" : "NOT MET", search.percentile(95));
        System.out.printf(
                "target search throughput >= %.0f %% of trivial: %s (%.0f %%)%n",
                targetRatio * 100, ratio >= targetRatio ? "MET" : "NOT MET", ratio * 100);
        if (search.errors() + simple.errors() > 0) {
            System.out.printf(
                    "ERRORS: search %d %s, trivial %d %s — the figures above are not valid%n",
                    search.errors(), search.statuses(), simple.errors(), simple.statuses());
        }
    }

    /** Lines "category query-string"; blank lines and lines starting with # are skipped. */
    static List<Target> queries(Path file, String searchPath) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            String query = parts.length > 1 ? parts[1].strip() : "";
            targets.add(new Target(parts[0], query.isEmpty() ? searchPath : searchPath + "?" + query));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("No queries in " + file);
        }
        return targets;
    }

    /** Shows what each query answers once, so that a wrong path or a 4xx is seen before the load starts. */
    private static void firstAnswers(HttpClient http, String base, List<Target> searches, Variables variables) {
        SplittableRandom random = new SplittableRandom(-1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        String example = null;
        for (Target target : searches) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(base + variables.expand(target.path(), random)))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() / 100 != 2 && example == null) {
                    example = target.path() + " -> " + response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(200, response.body().length()));
                }
            } catch (IOException | InterruptedException e) {
                statuses.merge(-1, 1, Integer::sum);
            }
        }
        System.out.println("First answer of each search query, by HTTP status: " + statuses);
        if (example != null) {
            System.out.println("  e.g. " + example);
        }
    }

    /** Reads the CPU time used so far. */
    interface Cpu {
        CpuTime now();
    }

    private static Result run(
            HttpClient http, String base, List<Target> targets, Variables variables, int clients, int seconds, Cpu cpu)
            throws InterruptedException {
        CpuTime before = cpu.now();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(http, base, targets, variables, i, clients, deadline, done);
            workers.add(worker);
            Thread thread = new Thread(worker, "client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        return Result.of(workers, (System.nanoTime() - start) / 1e9, cpu.now().minus(before));
    }

    private SearchLoadDriver() {}
}
