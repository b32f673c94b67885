package be.nestwerk.network;

import static be.nestwerk.network.NetworkBrowsing.choose;
import static be.nestwerk.network.NetworkBrowsing.fill;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.PartnerFixtures.Scene;
import be.nestwerk.network.PartnerFixtures.TestNetwork;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partners of a network: list and filters, add, detail with history, edit, the actor survey; and the network switch. */
class PartnerPagesBrowserIT extends BrowserTestSupport {

    private static final By MAIN = By.tagName("main");
    private static final By SAVE = By.cssSelector("main form[method=post] button[type=submit]");
    private static final By SAVED = By.cssSelector("main .alert-success[role=status]");
    private static final By TABLE = By.cssSelector("main table");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Memberships memberships;

    Scene scene;
    String own;
    String other;

    @BeforeEach
    void networkWithPartners() {
        scene = PartnerFixtures.scene(context);
        own = name(scene.ownOrganisation());
        other = name(scene.otherOrganisation());
    }

    @Test
    void coordinatorFiltersAddsAndEditsAPartnerAndFindsItInTheSurvey() {
        signIn(scene.coordinator());
        browser.clickAndWait(By.linkText("Naar de partners"));

        assertThat(browser.location()).isEqualTo("/n/" + scene.network().slug() + "/partners");
        assertThat(browser.text(TABLE)).contains(own, other);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        choose(browser.phone(), By.id("actorType"), "Bibliotheek");
        browser.clickAndWait(By.cssSelector("main form[role=search] button[type=submit]"));
        assertThat(browser.text(TABLE)).contains(own).doesNotContain(other);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Partner toevoegen"));
        assertThat(browser.heading()).isEqualTo("Nieuwe partner");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(SAVE);
        assertThat(browser.text(By.cssSelector("main .alert-error[role=alert]")))
                .contains("Kijk de gemarkeerde velden na.");
        assertThat(browser.text(By.id("organisation.name-error"))).isEqualTo("Vul dit veld in.");
        assertThat(browser.driver().findElement(By.id("organisation.name")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        String partner = NetworkFixtures.unique("Ziekenhuis Sint-Maarten");
        fill(browser, By.id("organisation.name"), partner);
        choose(browser, By.id("organisation.actorType"), "Ziekenhuis");
        choose(browser, By.id("partnership.involvement"), "Kernpartner");
        fill(browser, By.id("partnership.inputStaffTime"), "Een vroedvrouw, vier uur per week");
        fill(browser, By.id("partnership.expectations"), "Doorverwijzing van kwetsbare gezinnen");
        check("Ontmoeting en versterken van de sociale cohesie");
        check("(Preventieve) gezinsondersteuning en (preventieve) gezondheidszorg");
        // the date picker's typing order depends on the browser's own locale; the value is what it submits
        browser.driver()
                .executeScript(
                        "arguments[0].value = '2027-06-30';",
                        browser.driver().findElement(By.id("partnership.reviewDate")));
        browser.clickAndWait(SAVE);

        assertThat(browser.location()).matches("/n/" + scene.network().slug() + "/partners/[0-9a-f-]{36}");
        assertThat(browser.text(SAVED)).isEqualTo("De gegevens zijn bewaard.");
        assertThat(browser.heading()).isEqualTo(partner);
        assertThat(browser.text(MAIN))
                .contains(
                        "Ziekenhuis",
                        "Kernpartner",
                        "30/06/2027",
                        "Een vroedvrouw, vier uur per week",
                        "Ontmoeting en versterken van de sociale cohesie");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Wijzigen"));
        assertThat(browser.heading()).isEqualTo(partner + " wijzigen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        choose(browser, By.id("partnership.involvement"), "Gemiddeld");
        browser.clickAndWait(SAVE);

        assertThat(browser.text(By.cssSelector("main ol.history")))
                .contains("Partnerschap gewijzigd", "Betrokkenheid: Kernpartner werd Gemiddeld");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.linkText("Actorenbevraging"));
        assertThat(browser.heading())
                .isEqualTo("Actorenbevraging van " + scene.network().name());
        assertThat(cell("Ziekenhuis", "Gemiddeld")).contains(partner);
        assertThat(cell("Bibliotheek", "Gemiddeld")).contains(own);
        assertThat(cell("Ziekenhuis", "Kernpartner")).doesNotContain(partner);
        assertThat(browser.has(By.cssSelector("head link[rel=stylesheet][media=print][href$='/css/print.css']")))
                .as("print style sheet")
                .isTrue();
        assertThat(browser.driver().executeAsyncScript("""
                                const done = arguments[arguments.length - 1];
                                fetch(document.querySelector('link[media=print]').href)
                                    .then(r => r.text().then(css => done(r.status + ' ' + css)));
                                """))
                .as("the print style sheet leaves out the navigation")
                .asString()
                .startsWith("200 ")
                .contains(".subnav", ".no-print");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();
    }

    @Test
    void showsThePartnersAndTheSurveyInEnglishAndFrench() {
        signIn(scene.professional());
        browser.open("/n/" + scene.network().slug() + "/partners").clickAndWait(By.cssSelector("a[hreflang=en]"));

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text(TABLE)).contains("Library", "School(s)", "Average");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Actor survey"));
        assertThat(browser.heading())
                .isEqualTo("Actor survey of " + scene.network().name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(cell("Bibliothèque", "Moyenne")).contains(own);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Partenaires")).clickAndWait(By.linkText(own));
        assertThat(browser.heading()).isEqualTo(own);
        assertThat(browser.has(By.linkText("Modifier")))
                .as("a professional does not edit")
                .isFalse();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void partnerAdminEditsTheirOrganisationButNotItsInvolvement() {
        signIn(scene.partnerAdmin());
        browser.open("/n/" + scene.network().slug() + "/partners").clickAndWait(By.linkText(own));
        browser.clickAndWait(By.linkText("Wijzigen"));

        assertThat(browser.heading()).isEqualTo(own + " wijzigen");
        assertThat(browser.has(By.id("partnership.involvement"))).isTrue();
        assertThat(browser.driver()
                        .findElement(By.id("partnership.involvement"))
                        .getDomAttribute("type"))
                .as("the involvement is carried, not chosen")
                .isEqualTo("hidden");
        assertThat(browser.text(MAIN))
                .contains(
                        "Betrokkenheid: Gemiddeld",
                        "Alleen de coördinator van het netwerk legt de betrokkenheid vast.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        fill(browser.phone(), By.id("organisation.town"), "Mechelen");
        fill(browser, By.id("partnership.expectations"), "Een lokaal in de bib voor de babyochtend");
        browser.clickAndWait(SAVE);

        assertThat(browser.text(SAVED)).isEqualTo("De gegevens zijn bewaard.");
        assertThat(browser.text(MAIN)).contains("Mechelen", "Een lokaal in de bib voor de babyochtend", "Gemiddeld");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Wijzigen"));
        browser.driver()
                .executeScript(
                        "arguments[0].value = 'CORE_PARTNER';",
                        browser.driver().findElement(By.id("partnership.involvement")));
        browser.clickAndWait(SAVE);

        assertThat(browser.heading()).as("a forged involvement is refused").isEqualTo("Er ging iets mis");
        browser.open("/n/" + scene.network().slug() + "/partners/" + scene.ownOrganisation());
        assertThat(browser.text(MAIN)).contains("Gemiddeld").doesNotContain("Kernpartner");

        browser.open("/n/" + scene.network().slug() + "/partners/" + scene.otherOrganisation() + "/edit");
        assertThat(browser.heading()).isEqualTo("Er ging iets mis");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void personInTwoNetworksSwitchesBetweenThem() {
        TestNetwork first = PartnerFixtures.network(jdbc);
        TestNetwork second = PartnerFixtures.network(jdbc);
        NestwerkUser person = PartnerFixtures.person(context, "professional");
        memberships.grant(person.id(), first.id(), null, Role.PROFESSIONAL);
        memberships.grant(person.id(), second.id(), null, Role.VOLUNTEER);
        signIn(person);

        assertThat(browser.location()).isEqualTo("/workspace");
        assertThat(browser.text(By.cssSelector("header .network-switch"))).contains(first.name(), second.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.xpath("//header//nav[contains(@class,'network-switch')]//a[.='" + first.name() + "']"));
        assertThat(browser.location()).isEqualTo("/n/" + first.slug());
        assertThat(browser.heading()).isEqualTo(first.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone()
                .clickAndWait(
                        By.xpath("//header//nav[contains(@class,'network-switch')]//a[.='" + second.name() + "']"));
        assertThat(browser.location()).isEqualTo("/n/" + second.slug());
        assertThat(browser.heading()).isEqualTo(second.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.text(By.cssSelector("header .network-switch"))).contains(first.name(), second.name());
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private void signIn(NestwerkUser user) {
        browser.signIn(user.email(), PartnerFixtures.PASSWORD);
    }

    private void check(String label) {
        browser.driver()
                .findElement(By.xpath("//main//label[normalize-space()='" + label + "']"))
                .click();
    }

    /** The text of the survey matrix's cell in the actor type's row, under the involvement's column. */
    private String cell(String actorType, String involvement) {
        List<String> columns = browser.driver().findElements(By.cssSelector("table.matrix thead th")).stream()
                .map(WebElement::getText)
                .toList();
        int column = columns.indexOf(involvement);
        assertThat(column).as("column %s in %s", involvement, columns).isPositive();
        return browser.driver()
                .findElement(By.xpath("//table[contains(@class,'matrix')]/tbody/tr[th='" + actorType + "']"))
                .findElements(By.tagName("td"))
                .get(column - 1)
                .getText();
    }

    private String name(java.util.UUID organisation) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, organisation);
    }
}
