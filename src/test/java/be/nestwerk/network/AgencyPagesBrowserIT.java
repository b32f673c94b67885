package be.nestwerk.network;

import static be.nestwerk.network.NetworkBrowsing.fill;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.platform.security.NestwerkUser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agency administrator's pages: all networks, a new Huis van het Kind, and the survey over all networks. */
class AgencyPagesBrowserIT extends BrowserTestSupport {

    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Networks networks;

    @Autowired
    MessageSource messages;

    NestwerkUser admin;

    @BeforeEach
    void signInAsAgencyAdministrator() {
        admin = NetworkFixtures.agencyAdmin(context);
        browser.signIn(admin.email(), NetworkFixtures.PASSWORD);
    }

    @Test
    void createsAHuisVanHetKindAfterCorrectingTheForm() {
        browser.clickAndWait(By.linkText("Agentschap"));

        assertThat(browser.location()).isEqualTo("/agency");
        assertThat(browser.heading()).isEqualTo("Netwerken in Vlaanderen en Brussel");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.linkText("Nieuw Huis van het Kind"));
        assertThat(browser.location()).isEqualTo("/agency/networks/new");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        fill(browser, By.id("coordinatorEmail"), "not an address");
        browser.clickAndWait(SUBMIT);

        assertThat(browser.text(By.cssSelector("main .alert-error"))).contains("Kijk de gemarkeerde velden na.");
        assertThat(browser.text(By.id("name-error"))).isEqualTo("Vul een naam in.");
        assertThat(browser.text(By.id("coordinatorName-error"))).isEqualTo("Vul de naam van de coördinator in.");
        assertThat(browser.text(By.id("coordinatorEmail-error"))).startsWith("Vul een geldig e-mailadres in");
        assertThat(browser.driver().findElement(By.id("name")).getDomAttribute("aria-describedby"))
                .isEqualTo("name-error");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        String name = NetworkFixtures.unique("Huis van het Kind Browsertest");
        String email = "coordinator-" + UUID.randomUUID() + "@test.nestwerk.local";
        fill(browser, By.id("name"), name);
        fill(browser, By.id("coordinatorName"), "Coco Ordinator");
        fill(browser, By.id("coordinatorEmail"), email);
        browser.clickAndWait(SUBMIT);

        assertThat(browser.location()).isEqualTo("/agency");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo(name + " is aangemaakt.");
        assertThat(networks.findBySlug(Slugs.of(name))).isPresent();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void explainsTheFormErrorsInEnglishAndFrench() {
        for (String language : List.of("en", "fr")) {
            browser.open("/agency/networks/new").clickAndWait(By.cssSelector("a[hreflang=" + language + "]"));
            assertThat(browser.language()).isEqualTo(language);
            assertThat(browser.heading()).isEqualTo(message("network.agency.new", language));

            browser.clickAndWait(SUBMIT);

            assertThat(browser.text(By.id("name-error")))
                    .isEqualTo(message("network.validation.name-required", language));
            assertThat(browser.text(By.id("coordinatorEmail-error")))
                    .isEqualTo(message("network.validation.coordinator-email-required", language));
            browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        }

        browser.open("/agency");
        assertThat(browser.heading()).isEqualTo("Réseaux en Flandre et à Bruxelles");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void seesTheActorSurveySummedOverAllNetworks() {
        browser.open("/agency/survey");
        int before = hospitalsIndirectlyInvolved();

        for (int i = 0; i < 2; i++) {
            UUID network = PartnerFixtures.network(jdbc).id();
            PartnerFixtures.partner(
                    jdbc, network, NetworkFixtures.unique("Ziekenhuis"), ActorType.HOSPITAL, Involvement.INDIRECT);
        }
        browser.open("/agency/survey");

        assertThat(browser.heading()).isEqualTo("Actorenbevraging over alle netwerken");
        assertThat(hospitalsIndirectlyInvolved()).isEqualTo(before + 2);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.heading()).isEqualTo("Actor survey over all networks");
        assertThat(browser.text(MAIN)).contains("Hospital");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void readsTheFamilyCountsPerNetworkOnAPhoneAndADesktop() {
        browser.open("/agency").phone().clickAndWait(By.linkText("Gezinnen in cijfers per netwerk"));

        assertThat(browser.location()).isEqualTo("/agency/families");
        assertThat(browser.heading()).isEqualTo("Gezinnen in cijfers per netwerk");
        assertThat(browser.text(MAIN)).contains("k-anonimiteit", "Geregistreerde gezinnen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.heading()).isEqualTo("Les familles en chiffres par réseau");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    /** The count in the cell of the row "Ziekenhuis" under the column "Indirect". */
    private int hospitalsIndirectlyInvolved() {
        List<String> columns = browser.driver().findElements(By.cssSelector("table.matrix thead th")).stream()
                .map(WebElement::getText)
                .toList();
        int column = columns.indexOf("Indirect");
        assertThat(column).as("column Indirect in %s", columns).isPositive();
        WebElement row =
                browser.driver().findElement(By.xpath("//table[contains(@class,'matrix')]/tbody/tr[th='Ziekenhuis']"));
        return Integer.parseInt(row.findElements(By.tagName("td"))
                .get(column - 1)
                .findElement(By.tagName("span"))
                .getText());
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
