package be.nestwerk.network;

import static be.nestwerk.network.NetworkBrowsing.fill;
import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.NetworkBrowsing.Place;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The families' front door, without signing in: find a Huis van het Kind and read its public page. */
class PublicNetworkPagesBrowserIT extends BrowserTestSupport {

    private static final By SEARCH = By.cssSelector("main form[role=search] button[type=submit]");
    private static final By RESULTS = By.cssSelector("main .card-list");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    Networks networks;

    Place place;
    CreatedNetwork huis;
    String partner;

    @BeforeEach
    void huisVanHetKindWithAnAreaAndAPartner() {
        place = NetworkBrowsing.freePlace(jdbc, true);
        huis = NetworkFixtures.huisVanHetKind(context);
        actingAs(huis.coordinator(), () -> {
            fields.add(huis.id(), FieldUnit.municipality(place.nisCode()));
            return networks.update(
                    huis.id(),
                    new NetworkSettings(
                            huis.network().name(),
                            "Wij brengen organisaties voor gezinnen samen.",
                            "info@" + huis.slug() + ".example.org",
                            "015 12 34 56",
                            "https://" + huis.slug() + ".example.org",
                            "Grote Markt 1",
                            place.postcode(),
                            place.name(),
                            -9,
                            144,
                            List.of("nl", "fr"),
                            null));
        });
        partner = NetworkFixtures.unique("Bibliotheek De Boekenwurm");
        PartnerFixtures.partner(jdbc, huis.id(), partner, ActorType.LIBRARY, Involvement.CORE_PARTNER);
    }

    @AfterEach
    void releaseTerritory() {
        NetworkBrowsing.release(jdbc, List.of(huis.id()));
    }

    @Test
    void findsTheHuisVanHetKindByMunicipalityFrenchNameOrPostcodeAndOpensItsPublicPage() {
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Huizen van het Kind en hun netwerken");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        for (String query : List.of(place.name().toLowerCase(), place.nameFr(), place.postcode())) {
            fill(browser, By.id("q"), query);
            browser.clickAndWait(SEARCH);

            assertThat(browser.text(By.cssSelector("main h2"))).endsWith("voor \"" + query + "\"");
            assertThat(browser.text(RESULTS)).contains(huis.network().name(), "Werkt in: " + place.name());
            browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        }

        browser.phone().clickAndWait(By.linkText(huis.network().name()));

        assertThat(browser.location()).isEqualTo("/networks/" + huis.slug());
        assertThat(browser.heading()).isEqualTo(huis.network().name());
        assertThat(browser.text(By.tagName("main")))
                .contains(
                        "Wij brengen organisaties voor gezinnen samen.",
                        "Van de zwangerschap tot 12 jaar",
                        "Nederlands",
                        "Frans",
                        "info@" + huis.slug() + ".example.org",
                        place.name() + " (de hele gemeente)",
                        partner,
                        "Bibliotheek");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("network-map")));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();
    }

    @Test
    void saysSoWhenNoNetworkWorksInThePlace() {
        browser.open("/?q=" + UUID.randomUUID());

        assertThat(browser.text(By.tagName("main")))
                .contains("Geen netwerk gevonden. Probeer de naam van uw gemeente of uw postcode.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void showsThePublicPageInEnglishAndFrench() {
        browser.open("/networks/" + huis.slug()).clickAndWait(By.cssSelector("a[hreflang=en]"));

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text(By.tagName("main")))
                .contains("From pregnancy to 12 years", "Dutch", "French", place.name() + " (the whole municipality)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));

        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.text(By.tagName("main"))).contains("Néerlandais", place.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/");
        assertThat(browser.language()).as("remembered").isEqualTo("fr");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void answersAnUnknownNetworkWithATranslatedNotFoundPage() {
        browser.open("/networks/no-such-network-" + UUID.randomUUID());

        assertThat(browser.heading()).isEqualTo("Er ging iets mis");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Something went wrong");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }
}
