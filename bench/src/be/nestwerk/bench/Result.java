package be.nestwerk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The measured answers of one phase: latencies, statuses, bytes and the wall-clock time it took. */
final class Result {

    private final long[] sortedNanos;
    private final Map<Integer, Integer> statuses;
    private final long bytes;
    private final double seconds;
    private final Map<String, Result> byCategory;
    private final @Nullable CpuTime cpu;

    private Result(
            long[] nanos,
            Map<Integer, Integer> statuses,
            long bytes,
            double seconds,
            Map<String, Result> byCategory,
            @Nullable CpuTime cpu) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
        this.statuses = statuses;
        this.bytes = bytes;
        this.seconds = seconds;
        this.byCategory = byCategory;
        this.cpu = cpu;
    }

    static Result of(List<Worker> workers, double seconds, CpuTime cpu) {
        int total = workers.stream().mapToInt(w -> w.count).sum();
        long[] nanos = new long[total];
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, long[]> categoryNanos = new TreeMap<>();
        Map<String, Integer> categoryCounts = new TreeMap<>();
        Map<String, Map<Integer, Integer>> categoryStatuses = new TreeMap<>();
        long bytes = 0;
        int at = 0;
        for (Worker worker : workers) {
            for (int i = 0; i < worker.count; i++) {
                nanos[at++] = worker.nanos[i];
                statuses.merge(worker.statuses[i], 1, Integer::sum);
                String category = worker.targets().get(worker.targetIndexes[i]).category();
                long[] list = categoryNanos.computeIfAbsent(category, c -> new long[total]);
                list[categoryCounts.merge(category, 1, Integer::sum) - 1] = worker.nanos[i];
                categoryStatuses
                        .computeIfAbsent(category, c -> new TreeMap<>())
                        .merge(worker.statuses[i], 1, Integer::sum);
            }
            bytes += worker.bytes;
        }
        Map<String, Result> byCategory = new TreeMap<>();
        if (categoryNanos.size() > 1) {
            categoryNanos.forEach((category, list) -> byCategory.put(
                    category,
                    new Result(
                            Arrays.copyOf(list, categoryCounts.get(category)),
                            categoryStatuses.get(category),
                            0,
                            seconds,
                            Map.of(),
                            null)));
        }
        return new Result(nanos, statuses, bytes, seconds, byCategory, cpu);
    }

    int requests() {
        return sortedNanos.length;
    }

    int errors() {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() / 100 != 2)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    double throughput() {
        return requests() / seconds;
    }

    /** The latency in ms below which this percentage of the answers came (nearest rank). */
    double percentile(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    Map<String, Result> byCategory() {
        return byCategory;
    }

    /** CPU per request of each process, and the requests per second the machine's cores would allow. */
    void printCpu(String label) {
        if (cpu == null || requests() == 0) {
            return;
        }
        double app = cpu.appNanos() / 1e6 / requests();
        double database = cpu.databaseNanos() / 1e6 / requests();
        double client = cpu.clientNanos() / 1e6 / requests();
        double total = Math.max(0, app) + Math.max(0, database) + client;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                "%-22s %8s %8s %8s  -> at most %.0f req/s on %d cores with the load driver, %.0f req/s without%n",
                label,
                app < 0 ? "?" : String.format("%.2f", app),
                database < 0 ? "?" : String.format("%.2f", database),
                String.format("%.2f", client),
                cores * 1000 / total,
                cores,
                cores * 1000 / (total - client));
    }

    void print(String label) {
        System.out.printf(
                "%-22s %9d %7d %9.0f %8.1f %8.1f %8.1f %8.1f %9s%n",
                label,
                requests(),
                errors(),
                throughput(),
                percentile(50),
                percentile(95),
                percentile(99),
                percentile(100),
                bytes == 0 ? "" : Long.toString(bytes / Math.max(1, requests())));
    }
}
