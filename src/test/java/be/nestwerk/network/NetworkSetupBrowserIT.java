package be.nestwerk.network;

import static be.nestwerk.network.NetworkBrowsing.choose;
import static be.nestwerk.network.NetworkBrowsing.fill;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.NetworkBrowsing.Place;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator sets up their network: the dashboard, the settings, the field of operation, community networks. */
class NetworkSetupBrowserIT extends BrowserTestSupport {

    private static final By MAIN = By.tagName("main");
    private static final By SAVE = By.cssSelector("main form[method=post] button[type=submit]");
    private static final By SEARCH = By.cssSelector("main form[role=search] button[type=submit]");
    private static final By REFUSAL = By.cssSelector("main .alert-error[role=alert]");
    private static final By DONE = By.cssSelector("main .alert-success[role=status]");
    private static final By SCOPE = By.cssSelector("main .panel:nth-of-type(2) p strong");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    Networks networks;

    final List<UUID> created = new ArrayList<>();

    @AfterEach
    void releaseTerritory() {
        Collections.reverse(created); // community networks were made after their Huis van het Kind
        NetworkBrowsing.release(jdbc, created);
    }

    @Test
    void coordinatorOpensTheDashboardAndChangesTheSettings() {
        CreatedNetwork huis = huisVanHetKind();
        String organisation = NetworkFixtures.unique("Lokaal bestuur");
        PartnerFixtures.partner(jdbc, huis.id(), organisation, ActorType.LOCAL_AUTHORITY, Involvement.CORE_PARTNER);
        browser.signIn(huis.coordinator().email(), NetworkFixtures.PASSWORD);

        assertThat(browser.location()).as("the only network opens at once").isEqualTo("/n/" + huis.slug());
        assertThat(browser.heading()).isEqualTo(huis.network().name());
        assertThat(browser.text(MAIN)).contains("Geen werkingsgebied", "1 partnerorganisatie");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.linkText("Instellingen aanpassen"));
        assertThat(browser.heading()).isEqualTo("Instellingen van het netwerk");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        fill(browser, By.id("contactEmail"), "not-an-address");
        fill(browser, By.id("ageFromMonths"), "60");
        fill(browser, By.id("ageToMonths"), "12");
        browser.clickAndWait(SAVE);

        assertThat(browser.text(REFUSAL)).contains("Kijk de gemarkeerde velden na.");
        WebElement email = browser.driver().findElement(By.id("contactEmail"));
        assertThat(email.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(email.getDomAttribute("aria-describedby")).isEqualTo("contactEmail-error");
        assertThat(browser.text(By.id("contactEmail-error"))).startsWith("Vul een geldig e-mailadres in");
        assertThat(browser.text(MAIN)).contains("De leeftijd \"vanaf\" moet lager zijn dan de leeftijd \"tot\".");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        fill(browser, By.id("contactEmail"), "info@" + huis.slug() + ".example.org");
        fill(browser, By.id("ageFromMonths"), "-9");
        fill(browser, By.id("ageToMonths"), "216");
        browser.driver().findElement(By.cssSelector("label[for=language-ar]")).click();
        choose(browser, By.id("directingOrganisationId"), organisation);
        browser.clickAndWait(SAVE);

        assertThat(browser.location()).isEqualTo("/n/" + huis.slug() + "/settings");
        assertThat(browser.text(DONE)).isEqualTo("De instellingen zijn bewaard.");
        NetworkView saved = networks.requireBySlug(huis.slug());
        assertThat(saved.contactEmail()).isEqualTo("info@" + huis.slug() + ".example.org");
        assertThat(saved.ageToMonths()).isEqualTo(216);
        assertThat(saved.languages()).contains("ar");
        assertThat(saved.directingOrganisationId()).isNotNull();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.heading()).isEqualTo("Paramètres du réseau");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.clickAndWait(By.linkText("Aperçu"));
        assertThat(browser.text(MAIN)).contains("De la grossesse à 18 ans", organisation);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void coordinatorPicksTheAreaAndAnotherHuisVanHetKindIsRefusedTheOverlap() {
        List<Place> places = NetworkBrowsing.freePlaces(jdbc, 2, false);
        Place whole = places.get(0);
        Place partly = places.get(1);
        CreatedNetwork first = huisVanHetKind();
        browser.signIn(first.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open("/n/" + first.slug()).clickAndWait(By.linkText("Werkingsgebied"));

        assertThat(browser.heading()).isEqualTo("Werkingsgebied");
        assertThat(browser.text(MAIN)).contains("Er is nog geen werkingsgebied gekozen.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        search(whole.name());
        assertThat(browser.text(MAIN)).contains("Resultaten voor \"" + whole.name() + "\"", "(gemeente)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        add("MUNICIPALITY", whole.nisCode());

        assertThat(browser.text(DONE)).isEqualTo("Toegevoegd aan het werkingsgebied.");
        assertThat(browser.text(SCOPE)).isEqualTo("Gemeentelijk");
        assertThat(browser.text(MAIN)).contains(whole.name() + " (de hele gemeente)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        search(partly.postcode());
        add("DEELGEMEENTE", partly.deelgemeente());

        assertThat(browser.text(SCOPE)).isEqualTo("Intergemeentelijk");
        assertThat(fields.sectorsOf(first.id()))
                .containsAll(NetworkBrowsing.sectorsOf(jdbc, partly.nisCode(), partly.deelgemeente(), true))
                .doesNotContainAnyElementsOf(
                        NetworkBrowsing.sectorsOf(jdbc, partly.nisCode(), partly.deelgemeente(), false));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        CreatedNetwork second = huisVanHetKind();
        browser.signOut().signIn(second.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open("/n/" + second.slug() + "/area");
        search(whole.name());
        add("MUNICIPALITY", whole.nisCode());

        assertThat(browser.text(REFUSAL))
                .startsWith("Dit werkingsgebied kan niet bewaard worden.")
                .contains(
                        "Overlapt met het werkingsgebied van " + first.network().name(), whole.name());
        assertThat(fields.sectorsOf(second.id())).isEmpty();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.location()).startsWith("/n/" + second.slug() + "/area?q=");
        add("MUNICIPALITY", whole.nisCode());
        assertThat(browser.text(REFUSAL))
                .contains(
                        "Overlaps with the field of operation of "
                                + first.network().name(),
                        whole.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void coordinatorCreatesACommunityNetworkOnSectorsInsideTheHuisVanHetKind() {
        List<Place> places = NetworkBrowsing.freePlaces(jdbc, 2, false);
        Place whole = places.get(0);
        Place partly = places.get(1);
        CreatedNetwork huis = huisVanHetKind();
        NetworkFixtures.actingAs(huis.coordinator(), () -> {
            fields.add(huis.id(), FieldUnit.municipality(whole.nisCode()));
            return fields.add(huis.id(), FieldUnit.deelgemeente(partly.deelgemeente()));
        });
        browser.signIn(huis.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open("/n/" + huis.slug()).clickAndWait(By.linkText("Nieuw community-gericht netwerk"));

        assertThat(browser.heading()).isEqualTo("Nieuw community-gericht netwerk");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(SAVE);
        assertThat(browser.text(By.id("name-error"))).isEqualTo("Vul een naam in.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        String name = NetworkFixtures.unique("Buurtnetwerk Browsertest");
        fill(browser, By.id("name"), name);
        browser.clickAndWait(SAVE);

        NetworkView community = networks.requireBySlug(Slugs.of(name));
        created.add(community.id());
        assertThat(browser.location()).isEqualTo("/n/" + community.slug() + "/area");
        assertThat(browser.text(By.cssSelector("main .alert-info")))
                .isEqualTo("Het community-gerichte netwerk is aangemaakt. Kies nu zijn werkingsgebied.");
        assertThat(browser.text(MAIN))
                .contains("Dit netwerk werkt binnen het werkingsgebied van "
                        + huis.network().name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText(whole.name()));
        List<String> inside = NetworkBrowsing.sectorsOf(jdbc, whole.nisCode(), whole.deelgemeente(), true);
        add("SECTOR", inside.get(0));
        add("SECTOR", inside.get(1));

        assertThat(fields.sectorsOf(community.id())).containsExactlyInAnyOrder(inside.get(0), inside.get(1));
        assertThat(browser.text(SCOPE)).isEqualTo("Binnengemeentelijk");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText(partly.name()));
        String outside = NetworkBrowsing.sectorsOf(jdbc, partly.nisCode(), partly.deelgemeente(), false)
                .get(0);
        add("SECTOR", outside);

        assertThat(browser.text(REFUSAL))
                .contains("Ligt buiten het werkingsgebied van " + huis.network().name(), partly.name());
        assertThat(fields.sectorsOf(community.id())).doesNotContain(outside);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/n/" + huis.slug());
        assertThat(browser.text(MAIN)).contains(name);
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        created.add(huis.id());
        return huis;
    }

    private void search(String text) {
        fill(browser, By.id("q"), text);
        browser.clickAndWait(SEARCH);
    }

    /** Presses the add button of the first offer of this unit on the area page. */
    private void add(String type, String code) {
        browser.clickAndWait(By.cssSelector("main form[action$='/area/add']:has(input[name=type][value=" + type
                + "]):has(input[name=code][value='" + code + "']) button"));
    }
}
