package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OfferSearchCacheTests {

    final MovingClock clock = new MovingClock();
    final SearchResultCache cache = new SearchResultCache(clock, Duration.ofSeconds(30), 2);
    final AtomicInteger computed = new AtomicInteger();

    @Test
    void answersTheSameSearchFromTheCacheUntilItsTimeIsUp() {
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("a", this::compute)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));

        assertThat(cache.get("a", this::compute)).isEqualTo(2);
    }

    @Test
    void forgetsEverythingWhenTheCatalogueChangesAndKeepsNoAnswerComputedMeanwhile() {
        cache.get("a", this::compute);
        cache.clearAfterCommit();
        assertThat(cache.get("a", this::compute)).isEqualTo(2);

        assertThat(cache.get("b", () -> {
                    cache.clear();
                    return compute();
                }))
                .isEqualTo(3);
        assertThat(cache.get("b", this::compute)).as("not kept").isEqualTo(4);
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedSearches() {
        cache.get("a", this::compute);
        cache.get("b", this::compute);
        cache.get("a", this::compute);
        cache.get("c", this::compute);

        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("b", this::compute)).as("evicted").isEqualTo(4);
    }

    @Test
    void doesNotKeepAFailure() {
        assertThatThrownBy(() -> cache.get("bad", () -> {
                    throw new InvalidSearchException(List.of());
                }))
                .isInstanceOf(InvalidSearchException.class);
        assertThat(cache.get("bad", this::compute)).isEqualTo(1);
    }

    @Test
    void computesASearchThatManyMissAtOnceOnlyOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("slow", () -> {
                started.countDown();
                await(release);
                return compute();
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("slow", this::compute)));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    private Integer compute() {
        return computed.incrementAndGet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-06-15T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
