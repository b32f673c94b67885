package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.SecondFactorFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A professional registers a family, records the family's consent and revokes it, and prepares the warm hand-over of
 * a child's coming transition, on a phone, with 0 axe violations.
 */
class FamilyBrowserIT extends BrowserTestSupport {

    private static final By SUMMARY = By.cssSelector("main .error-summary[role=alert]");

    @Autowired
    ApplicationContext context;

    @Test
    void aProfessionalRegistersAFamilyRecordsItsConsentAndRevokesIt() {
        Scene scene = FamilyFixtures.scene(context);
        String families = "/n/" + scene.network().slug() + "/families";
        String secret = SecondFactorFixtures.enrol(context, scene.professional().id());
        browser.signIn(scene.professional().email(), PlatformFixtures.PASSWORD).phone();
        browser.open(families);
        assertThat(browser.location())
                .as("family data asks for the second factor first")
                .startsWith("/account/two-factor");
        browser.fill(
                By.id("code"),
                SecondFactorFixtures.nextCode(context, scene.professional().id(), secret));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Gezinnen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Gezin registreren"));
        assertThat(browser.heading()).isEqualTo("Gezin registreren");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(SUMMARY)).contains("Geef een naam of een schuilnaam voor het gezin.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("name"), "Familie El Amrani");
        browser.fill(By.id("contactRoute"), "Via de kinderopvang");
        browser.fill(By.id("postcode"), "2800");
        browser.fill(By.id("members0.name"), "Samira El Amrani");
        browser.fill(By.id("children0.firstName"), "Yasmina");
        browser.fillDate(By.id("children0.birthDate"), LocalDate.now().minusMonths(26));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).contains("Familie El Amrani");
        String file = browser.location();
        assertThat(browser.text(By.cssSelector("main"))).contains("Het gezin is geregistreerd.", "Yasmina");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver()
                .findElement(By.xpath("//select[@id='organisationId']/option[starts-with(normalize-space(), 'OCMW')]"))
                .click();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Toestemming noteren']"));
        assertThat(browser.text(By.cssSelector("main table"))).contains("OCMW", "doorverwijzing", "Geldig");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open(families + "/transitions");
        assertThat(browser.heading()).isEqualTo("Komende overgangen");
        browser.driver()
                .findElement(By.xpath("//select[@id='kind']/option[@value='SCHOOL_ENTRY']"))
                .click();
        browser.clickAndWait(By.xpath("//main//form//button[normalize-space()='Toon']"));
        assertThat(browser.text(By.cssSelector("main table")))
                .contains("Yasmina", "Familie El Amrani", "Instap in de kleuterschool");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Warm doorverwijzen"));
        assertThat(browser.driver().findElement(By.id("reason")).getDomProperty("value"))
                .as("the hand-over is prepared from the transition")
                .startsWith("Warme overdracht bij een overgang: Instap in de kleuterschool op ");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.open(file);
        browser.clickAndWait(By.xpath("//main//table//button[normalize-space()='Intrekken']"));
        assertThat(browser.text(By.cssSelector("main"))).contains("De toestemming is ingetrokken.");
        assertThat(browser.text(By.cssSelector("main table"))).contains("Ingetrokken op");
        browser.assertNoAccessibilityViolations();
    }
}
