package be.nestwerk.network;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.TerritoryFixture.Municipality;
import be.nestwerk.platform.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The decree's rule holds in the database itself, whatever the application does or however requests interleave. */
@NestwerkIntegrationTest
class FieldOfOperationConstraintIT {

    private static final String INSERT =
            "insert into field_of_operation_sector (network_id, network_kind, sector_code) values (?, ?, ?)";

    @Autowired
    ApplicationContext context;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlatformTransactionManager transactions;

    TerritoryFixture territory;
    final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        territory = new TerritoryFixture(jdbc);
    }

    @AfterEach
    void releaseTerritory() {
        territory.release(created);
    }

    @Test
    void databaseRefusesASectorSharedByTwoHuizenVanHetKind() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        String sector = territory.free().sectorsOfFirst().get(0);
        jdbc.update(INSERT, first.id(), "HUIS_VAN_HET_KIND", sector);

        assertThatThrownBy(() -> jdbc.update(INSERT, second.id(), "HUIS_VAN_HET_KIND", sector))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("field_sector_one_huis_van_het_kind_uk");
    }

    @Test
    void databaseRefusesAHuisVanHetKindSectorStoredUnderAnotherKind() {
        CreatedNetwork huis = huisVanHetKind();
        String sector = territory.free().sectorsOfFirst().get(0);

        assertThatThrownBy(() -> jdbc.update(INSERT, huis.id(), "COMMUNITY_NETWORK", sector))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseLetsACommunityNetworkShareTheSectorsOfItsHuisVanHetKind() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork community = NetworkFixtures.communityNetwork(context, huis);
        created.add(0, community.id());
        String sector = territory.free().sectorsOfFirst().get(0);
        jdbc.update(INSERT, huis.id(), "HUIS_VAN_HET_KIND", sector);

        assertThat(jdbc.update(INSERT, community.id(), "COMMUNITY_NETWORK", sector))
                .isOne();
    }

    @Test
    void concurrentClaimsOfTheSameMunicipalityLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            CreatedNetwork first = huisVanHetKind();
            CreatedNetwork second = huisVanHetKind();
            Municipality m = territory.free();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Object> one = pool.submit(() -> claim(first, m, start));
                Future<Object> other = pool.submit(() -> claim(second, m, start));
                List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

                assertThat(outcomes)
                        .filteredOn(FieldOfOperationView.class::isInstance)
                        .hasSize(1);
                assertThat(outcomes)
                        .filteredOn(BusinessRuleException.class::isInstance)
                        .hasSize(1);
                CreatedNetwork winner = outcomes.get(0) instanceof FieldOfOperationView ? first : second;
                CreatedNetwork loser = winner == first ? second : first;
                BusinessRuleException refusal = (BusinessRuleException) outcomes.stream()
                        .filter(BusinessRuleException.class::isInstance)
                        .findFirst()
                        .orElseThrow();
                assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("nl")))
                        .contains(winner.network().name(), m.name());
                assertThat(fields.sectorsOf(winner.id()))
                        .containsExactlyInAnyOrderElementsOf(territory.sectorsOfMunicipality(m.nisCode()));
                assertThat(fields.sectorsOf(loser.id())).isEmpty();
            } finally {
                pool.shutdownNow();
                territory.release(created);
            }
        }
    }

    @Test
    void aClaimThatLosesTheRaceInTheDatabaseIsExplainedLikeAnyOverlap() throws Exception {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // The first network's sectors are inserted but not committed: the second passes the check (it cannot see
            // them), then waits on the unique index and fails once they are committed.
            Future<Object> late = new TransactionTemplate(transactions).execute(status -> {
                for (String sector : territory.sectorsOfMunicipality(m.nisCode())) {
                    jdbc.update(INSERT, first.id(), "HUIS_VAN_HET_KIND", sector);
                }
                Future<Object> claim = pool.submit(() -> claim(second, m, new CyclicBarrier(1)));
                awaitBlockedOnLock();
                return claim;
            });

            Object outcome = late.get(60, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(BusinessRuleException.class);
            BusinessRuleException refusal = (BusinessRuleException) outcome;
            assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("nl")))
                    .startsWith("Dit werkingsgebied kan niet bewaard worden.")
                    .contains(first.network().name(), m.name());
            assertThat(fields.sectorsOf(second.id())).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitBlockedOnLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_locks where not granted", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("The competing claim never waited for the uncommitted sectors");
    }

    private Object claim(CreatedNetwork network, Municipality m, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            return actingAs(
                    network.coordinator(),
                    () -> fields.change(network.id(), List.of(FieldUnit.municipality(m.nisCode()))));
        } catch (BusinessRuleException refused) {
            return refused;
        }
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        created.add(network.id());
        return network;
    }
}
