package be.nestwerk.offer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The front door's search index in memory (ADR 0008): loaded on the first search, then kept up to date with the
 * projection's changes. This instance's own changes are applied right after their commit; every change, whoever made
 * it (another instance, the nightly session horizon, SQL by hand), is announced by PostgreSQL on the channel
 * {@code offer_search} (V47), which a listener thread applies within moments. When the listener loses its connection
 * it reconnects and reloads everything, since announcements made meanwhile are lost.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Past this many changed offers at once, reading them all again is as cheap as reading each. */
    private static final int RELOAD_ALL_FROM = 5_000;

    private final OfferIndexLoader loader;
    private final SearchResultCache cache;
    private final DataSource dataSource;
    private final Duration retry;
    private volatile @Nullable OfferIndex current;
    private volatile boolean stopped;
    private @Nullable Thread listener;

    SearchIndex(
            OfferIndexLoader loader,
            SearchResultCache cache,
            DataSource dataSource,
            @Value("${nestwerk.search.index-retry:5s}") Duration retry) {
        this.loader = loader;
        this.cache = cache;
        this.dataSource = dataSource;
        this.retry = retry;
    }

    /** The current state, loaded on first use (the listener starts first, so that no change falls in between). */
    OfferIndex current() {
        OfferIndex index = current;
        if (index != null) {
            return index;
        }
        synchronized (this) {
            if (current == null) {
                startListener();
                long started = System.nanoTime();
                current = new OfferIndex(loader.all().values());
                log.info(
                        "Search index loaded: {} published offers in {} ms",
                        current.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return current;
        }
    }

    /** Applies changes to these offers once the current transaction has committed (at once without one). */
    void changedAfterCommit(UUID offerId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed(Set.of(offerId));
                }
            });
        } else {
            changed(Set.of(offerId));
        }
    }

    /** Reads these offers again and makes them searchable (or not, when they left the published offers). */
    void changed(Set<UUID> offerIds) {
        if (current == null || offerIds.isEmpty()) {
            return;
        }
        synchronized (this) {
            long started = System.nanoTime();
            if (offerIds.size() >= RELOAD_ALL_FROM) {
                current = new OfferIndex(loader.all().values());
            } else {
                Map<UUID, IndexedOffer> latest = loader.only(offerIds);
                current = current.with(offerIds, latest);
            }
            log.debug(
                    "Search index took in {} changed offers in {} ms",
                    offerIds.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        cache.clear();
    }

    private void reloadAll() {
        synchronized (this) {
            if (current == null) {
                return;
            }
            current = new OfferIndex(loader.all().values());
        }
        cache.clear();
    }

    private void startListener() {
        Thread thread = new Thread(this::listen, "offer-search-listener");
        thread.setDaemon(true);
        thread.start();
        listener = thread;
    }

    private void listen() {
        boolean lostConnection = false;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen offer_search");
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                if (lostConnection) {
                    reloadAll();
                    lostConnection = false;
                }
                while (!stopped) {
                    Set<UUID> changed = new HashSet<>();
                    collect(postgres.getNotifications(1_000), changed);
                    if (!changed.isEmpty()) {
                        // a publication announces its offer, places and sessions: take them in one go
                        collect(postgres.getNotifications(20), changed);
                        changed(changed);
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                if (stopped) {
                    return;
                }
                lostConnection = true;
                log.warn("Search index listener lost its connection; retrying in {}", retry, failure);
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void collect(PGNotification @Nullable [] notifications, Set<UUID> into) {
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            try {
                into.add(UUID.fromString(notification.getParameter()));
            } catch (IllegalArgumentException notAnOffer) {
                log.warn("Ignored search index notification '{}'", notification.getParameter());
            }
        }
    }

    @Override
    public void destroy() {
        stopped = true;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
