package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.SecondFactorFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A professional registers a family's question on a phone and answers it, then registers material support, with 0 axe
 * violations on every page.
 */
class QuestionBrowserIT extends BrowserTestSupport {

    private static final By SUMMARY = By.cssSelector("main .error-summary[role=alert]");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    ApplicationContext context;

    @Test
    void aProfessionalRegistersAQuestionAnswersItAndRegistersMaterialSupport() {
        Scene scene = FamilyFixtures.scene(context);
        String secret = SecondFactorFixtures.enrol(context, scene.professional().id());
        browser.signIn(scene.professional().email(), PlatformFixtures.PASSWORD).phone();
        browser.open("/n/" + scene.network().slug() + "/questions");
        assertThat(browser.location()).startsWith("/account/two-factor");
        browser.fill(
                By.id("code"),
                SecondFactorFixtures.nextCode(context, scene.professional().id(), secret));
        browser.clickAndWait(SUBMIT);
        assertThat(browser.heading()).isEqualTo("Vragen van gezinnen");
        assertThat(browser.text(By.cssSelector("main"))).contains("Er zijn geen vragen die hieraan voldoen.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Vraag registreren"));
        assertThat(browser.heading()).isEqualTo("Vraag registreren");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Registreren']"));
        assertThat(browser.text(SUMMARY))
                .contains("Noteer de vraag (hoogstens 2000 tekens).", "Kies minstens één levensdomein.");
        assertThat(browser.driver().findElement(By.id("text")).getAttribute("aria-describedby"))
                .contains("problem-text");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("text"), "Mama zoekt een plaats in de kinderopvang vanaf september.");
        browser.fill(By.id("postcode"), "2800");
        browser.fill(By.id("homeLanguage"), "tr");
        browser.driver().findElement(By.id("theme-CHILDCARE")).click();
        browser.driver()
                .findElement(By.xpath("//select[@id='channel']/option[@value='PHONE']"))
                .click();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Registreren']"));
        assertThat(browser.text(By.cssSelector("main")))
                .contains("De vraag is geregistreerd.", "Mama zoekt een plaats", "Kinderopvang", "Telefoon");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("answerNote"), "Adres en wachtlijst van twee kinderdagverblijven gegeven.");
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Als beantwoord bewaren']"));
        assertThat(browser.text(By.cssSelector("main")))
                .contains("De vraag is beantwoord.", "Adres en wachtlijst", "Beantwoord");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Terug naar de vragen"));
        assertThat(browser.text(By.cssSelector("main table"))).contains("Mama zoekt", "Beantwoord");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Materiële hulp"));
        browser.clickAndWait(By.linkText("Materiële hulp registreren"));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.fill(By.id("postcode"), "2800");
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Registreren']"));
        assertThat(browser.text(By.cssSelector("main")))
                .contains("De materiële hulp is geregistreerd.", "Luierbank", "anoniem, 2800", "Warm doorverwijzen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }
}
