package be.nestwerk.referral;

import be.nestwerk.platform.demo.DemoDataStep;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ActingAs;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fictional warm referral in the Mechelen demo network: the professional refers the Yılmaz family (who consented)
 * to the partner's organisation, and the partner accepts it — so both sides have a loop to look at; the volunteer
 * goes along to the first visit.
 */
@Component
@Profile("demo")
@Order(40)
class ReferralDemoData implements DemoDataStep {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";

    private final Referrals referrals;
    private final NetworkDirectory directory;
    private final NetworkAccess access;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final JdbcTemplate jdbc;
    private final Companions companions;
    private final Clock clock;

    ReferralDemoData(
            Referrals referrals,
            NetworkDirectory directory,
            NetworkAccess access,
            Accounts accounts,
            ActingAs actingAs,
            JdbcTemplate jdbc,
            Companions companions,
            Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.access = access;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.jdbc = jdbc;
        this.companions = companions;
        this.clock = clock;
    }

    @Override
    public void load() {
        NetworkRef mechelen = directory.findBySlug(MECHELEN).orElseThrow();
        Integer existing =
                jdbc.queryForObject("select count(*) from referral where network_id = ?", Integer.class, mechelen.id());
        UUID family = jdbc
                .query(
                        "select id from family where network_id = ? and name like 'Gezin Y%' limit 1",
                        (rs, row) -> rs.getObject(1, UUID.class), mechelen.id())
                .stream()
                .findFirst()
                .orElse(null);
        if ((existing != null && existing > 0) || family == null) {
            return;
        }
        UUID professional = person("professional@mechelen.example.org");
        UUID partner = person("partner@mechelen.example.org");
        UUID from = actingAs.call(professional, () -> organisation(mechelen));
        UUID to = actingAs.call(partner, () -> organisation(mechelen));
        UUID referral = actingAs.call(
                professional,
                () -> referrals.send(
                        mechelen.id(),
                        new NewReferral(
                                family,
                                UUID.randomUUID(),
                                from,
                                to,
                                new ReferralRequest(
                                        "Mama zoekt opvang voor Elif: ze start in januari een opleiding Nederlands.",
                                        "Twee dagen per week, te voet bereikbaar vanuit Mechelen-Noord.",
                                        "tr",
                                        false,
                                        "Bellen na 17 uur",
                                        "Maandag of donderdag na 17 uur"),
                                new WarmHandover(false, true, true, "Ik bel eerst om het gezin voor te stellen."),
                                null,
                                null)));
        actingAs.run(
                partner, () -> referrals.step(mechelen.id(), referral, 0, Referral.Step.to(ReferralStatus.ACCEPTED)));
        UUID volunteer = person("volunteer@mechelen.example.org");
        actingAs.run(
                professional,
                () -> companions.name(
                        mechelen.id(),
                        referral,
                        new CompanionChoice(
                                volunteer,
                                LocalDate.now(clock).plusDays(7).atTime(9, 30),
                                "Aan de ingang van het station van Mechelen",
                                false)));
    }

    private UUID person(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private UUID organisation(NetworkRef network) {
        return access.organisationsIn(network.id()).iterator().next();
    }
}
