package be.nestwerk.bench;

import be.nestwerk.bench.SearchLoadDriver.Target;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/** One closed-loop client: sends the next request when the previous one is answered, until the deadline. */
final class Worker implements Runnable {

    private final HttpClient http;
    private final String base;
    private final List<Target> targets;
    private final int clients;
    private final long deadline;
    private final CountDownLatch done;
    private final Variables variables;
    private final SplittableRandom random;
    private int next;

    long[] nanos = new long[1024];
    int[] statuses = new int[1024];
    int[] targetIndexes = new int[1024];
    long bytes;
    int count;

    Worker(
            HttpClient http,
            String base,
            List<Target> targets,
            Variables variables,
            int first,
            int clients,
            long deadline,
            CountDownLatch done) {
        this.variables = variables;
        this.random = new SplittableRandom(first);
        this.http = http;
        this.base = base;
        this.targets = targets;
        this.next = first % targets.size();
        this.clients = clients;
        this.deadline = deadline;
        this.done = done;
    }

    @Override
    public void run() {
        try {
            while (System.nanoTime() < deadline) {
                int index = next;
                // Clients walk the mix in step, each on its own offset, so that every query is asked as often.
                next = (next + clients) % targets.size();
                HttpRequest request = HttpRequest.newBuilder(URI.create(
                                base + variables.expand(targets.get(index).path(), random)))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build();
                long start = System.nanoTime();
                int status;
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    status = response.statusCode();
                    bytes += response.body().length;
                } catch (IOException e) {
                    status = -1;
                }
                record(System.nanoTime() - start, status, index);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    private void record(long elapsed, int status, int index) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            statuses = Arrays.copyOf(statuses, count * 2);
            targetIndexes = Arrays.copyOf(targetIndexes, count * 2);
        }
        nanos[count] = elapsed;
        statuses[count] = status;
        targetIndexes[count] = index;
        count++;
    }

    List<Target> targets() {
        return targets;
    }
}
