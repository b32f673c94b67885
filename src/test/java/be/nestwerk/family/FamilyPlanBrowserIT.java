package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.SecondFactorFixtures;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A professional makes a family plan with the family at the table and ticks off a step, on a phone, with 0 axe violations. */
class FamilyPlanBrowserIT extends BrowserTestSupport {

    private static final By SUMMARY = By.cssSelector("main .error-summary[role=alert]");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    ApplicationContext context;

    @Test
    void aProfessionalMakesAFamilyPlanAndTicksOffAStep() {
        Scene scene = FamilyFixtures.scene(context);
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Tafel"));
        String file = "/n/" + scene.network().slug() + "/families/" + family;
        String secret = SecondFactorFixtures.enrol(context, scene.professional().id());
        browser.signIn(scene.professional().email(), PlatformFixtures.PASSWORD).phone();
        browser.open(file);
        browser.fill(
                By.id("code"),
                SecondFactorFixtures.nextCode(context, scene.professional().id(), secret));
        browser.clickAndWait(SUBMIT);

        browser.clickAndWait(By.linkText("Gezinsplannen bekijken of opmaken"));
        assertThat(browser.heading()).isEqualTo("Gezinsplannen van Familie Tafel");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Gezinsplan opmaken"));
        assertThat(browser.heading()).isEqualTo("Gezinsplan opmaken");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Gezinsplan bewaren']"));
        assertThat(browser.text(SUMMARY))
                .contains("Noteer de noden en wensen van het gezin.", "Noteer de sterktes van het gezin");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("needsAndWishes"), "Een plaats in de kinderopvang, twee dagen per week");
        browser.fill(By.id("strengths"), "Oma helpt elke woensdag; mama plant goed");
        browser.fill(By.id("steps0.what"), "Inschrijven bij de kinderopvang");
        new Select(browser.driver().findElement(By.id("steps0.who"))).selectByVisibleText("Het gezin");
        browser.fillDate(By.id("steps0.dueOn"), LocalDate.now().plusWeeks(2));
        browser.fillDate(By.id("followUpDate"), LocalDate.now().plusMonths(2));
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Gezinsplan bewaren']"));
        assertThat(browser.heading()).isEqualTo("Gezinsplan van Familie Tafel");
        assertThat(browser.text(By.cssSelector("main")))
                .contains("Het gezinsplan is bewaard.", "Oma helpt elke woensdag", "Inschrijven bij de kinderopvang");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.xpath("//main//ol//button[normalize-space()='Afvinken']"));
        assertThat(browser.text(By.cssSelector("main"))).contains("De stap is afgevinkt.", "Gedaan op");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }
}
