package be.nestwerk.offer;

import be.nestwerk.platform.demo.DemoDataStep;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ActingAs;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo networks' catalogue: published offers of the Mechelen and Turnhout partners (one with a confidential
 * address, texts in Arabic, Turkish, French and English, weekly and monthly sessions) and one offer of the partner
 * admin's organisation waiting for the coordinator's review. Through the catalogue's own services, once.
 */
@Component
@Profile("demo")
@Order(20)
class OfferDemoData implements DemoDataStep {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";
    static final String TURNHOUT = "huis-van-het-kind-turnhout-fictief";
    private static final long LOCK = 0x4F66666572L;
    private static final Logger log = LoggerFactory.getLogger(OfferDemoData.class);

    private final OfferCatalogue catalogue;
    private final NetworkDirectory directory;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OfferDemoData(
            OfferCatalogue catalogue,
            NetworkDirectory directory,
            Accounts accounts,
            ActingAs actingAs,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
            NetworkRef mechelen = directory.findBySlug(MECHELEN).orElseThrow();
            Integer existing = jdbc.queryForObject(
                    "select count(*) from offer where network_id = ?", Integer.class, mechelen.id());
            if (existing != null && existing > 0) {
                return;
            }
            LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
            UUID coordinator = person("coordinator@mechelen.example.org");
            publish(mechelen, coordinator, DemoCatalogue.mechelen(today));
            DemoOffer inReview = DemoCatalogue.inReview(today);
            UUID partner = person("partner@mechelen.example.org");
            actingAs.run(partner, () -> {
                UUID id = catalogue.create(
                        mechelen.id(), organisations(mechelen).get(inReview.organisation), inReview.content());
                catalogue.submit(mechelen.id(), id);
            });
            NetworkRef turnhout = directory.findBySlug(TURNHOUT).orElseThrow();
            publish(turnhout, person("coordinator@turnhout.example.org"), DemoCatalogue.turnhout(today));
            log.info("Demo catalogue loaded for {} and {}", mechelen.name(), turnhout.name());
        });
    }

    private void publish(NetworkRef network, UUID coordinator, List<DemoOffer> offers) {
        Map<String, UUID> organisations = organisations(network);
        actingAs.run(
                coordinator,
                () -> offers.forEach(offer -> {
                    UUID organisation = organisations.get(offer.organisation);
                    if (organisation == null) {
                        throw new IllegalStateException("No demo organisation " + offer.organisation);
                    }
                    UUID id = catalogue.create(network.id(), organisation, offer.content());
                    catalogue.submit(network.id(), id);
                    catalogue.publish(network.id(), id);
                }));
    }

    private Map<String, UUID> organisations(NetworkRef network) {
        return directory.organisationsOf(network.id()).stream()
                .collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id));
    }

    private UUID person(String email) {
        return accounts.findByEmail(email).map(AccountView::id).orElseThrow();
    }
}
