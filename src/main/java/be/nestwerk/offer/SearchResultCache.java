package be.nestwerk.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived cache of identical searches (the same parameters on the same day), because families and the front
 * door's own pages ask the same questions over and over. It is emptied when this instance publishes or withdraws an
 * offer, after the commit, and whenever the search index takes in a change announced by another writer
 * ({@link SearchIndex}); entries also expire after {@code nestwerk.search.cache-ttl} (a minute by default). An answer
 * computed while the catalogue changed is not kept.
 */
@Component
class SearchResultCache {

    private final Clock clock;
    private final Duration timeToLive;
    private final int capacity;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries;
    private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    SearchResultCache(
            Clock clock,
            @Value("${nestwerk.search.cache-ttl:60s}") Duration timeToLive,
            @Value("${nestwerk.search.cache-size:2000}") int capacity) {
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > SearchResultCache.this.capacity;
            }
        };
    }

    private record Entry(Object value, Instant expires) {}

    /**
     * The cached answer to this key, or the computed one (kept unless the catalogue changed meanwhile). Searches that
     * miss the same key at the same time wait for one computation instead of each running it.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        if (capacity <= 0 || timeToLive.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Entry entry = lookup(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return (T) entry.value();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return (T) await(running);
        }
        try {
            long before = generation.get();
            T value = compute.get();
            synchronized (entries) {
                if (generation.get() == before) {
                    entries.put(key, new Entry(value, now.plus(timeToLive)));
                }
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static Object await(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    private @Nullable Entry lookup(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    void clear() {
        synchronized (entries) {
            generation.incrementAndGet();
            entries.clear();
        }
    }

    /** Empties the cache once the current transaction has committed (at once without a transaction). */
    void clearAfterCommit() {
        // Also now: a search that starts before the commit must not store what it read from the old catalogue.
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        }
    }
}
