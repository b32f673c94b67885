package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactorFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The closed loop on a phone: a professional registers a family, records its consent and sends a warm referral; the
 * receiving partner accepts it, makes contact and closes it with an outcome; the sender sees the loop closed. Every
 * page with 0 axe violations and no horizontal scroll.
 */
class ReferralBrowserIT extends BrowserTestSupport {

    private static final By SUMMARY = By.cssSelector("main .error-summary[role=alert]");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    ApplicationContext context;

    @Test
    void aWarmReferralGoesToThePartnerAndTheLoopClosesForTheSender() {
        Scene scene = FamilyFixtures.scene(context);
        String slug = scene.network().slug();

        signInWithSecondFactor(scene.professional(), "/n/" + slug + "/families/new");
        browser.fill(By.id("name"), "Familie Demir");
        browser.fill(By.id("contactRoute"), "Bellen na 17 uur");
        browser.fill(By.id("postcode"), "2800");
        browser.fill(By.id("members0.name"), "Elif Demir");
        browser.fill(By.id("children0.firstName"), "Can");
        browser.fillDate(By.id("children0.birthDate"), LocalDate.now().minusMonths(30));
        browser.clickAndWait(SUBMIT);
        assertThat(browser.heading()).contains("Familie Demir");

        browser.driver()
                .findElement(By.xpath("//select[@id='organisationId']/option[starts-with(normalize-space(), 'OCMW')]"))
                .click();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Toestemming noteren']"));
        assertThat(browser.text(By.cssSelector("main table"))).contains("OCMW", "doorverwijzing");

        browser.clickAndWait(By.linkText("Warm doorverwijzen"));
        assertThat(browser.heading()).isEqualTo("Warm doorverwijzen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.driver()
                .findElement(By.xpath("//select[@id='toOrganisation']/option[starts-with(normalize-space(), 'OCMW')]"))
                .click();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Doorverwijzing versturen']"));
        assertThat(browser.text(SUMMARY)).contains("Vul dit in.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("reason"), "Mama zoekt een plek in de kinderopvang");
        browser.fill(By.id("familyWishes"), "Drie dagen per week, vanaf maart");
        browser.fill(By.id("contactTimes"), "Na 17 uur");
        browser.driver().findElement(By.id("introductionCall")).click();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Doorverwijzing versturen']"));
        assertThat(browser.text(By.cssSelector("main")))
                .contains(
                        "De doorverwijzing is verstuurd.",
                        "Verstuurd",
                        "Ik bel de partner om het gezin voor te stellen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        String referral = browser.location();
        browser.signOut();

        signInWithSecondFactor(scene.otherProfessional(), "/n/" + slug + "/referrals");
        assertThat(browser.heading()).isEqualTo("Doorverwijzingen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.clickAndWait(By.cssSelector("main table tbody a"));
        assertThat(browser.location()).isEqualTo(referral);
        assertThat(browser.text(By.cssSelector("main"))).contains("Familie Demir", "Mama zoekt een plek", "Geopend");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Aanvaarden']"));
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Contact met het gezin gelegd']"));
        browser.driver()
                .findElement(By.xpath("//select[@id='outcome']/option[@value='GOT_HELP']"))
                .click();
        browser.fill(By.id("closeNote"), "Start op 3 maart");
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Afsluiten']"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Opgeslagen: Afgesloten.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.signOut();

        signInWithSecondFactor(scene.professional(), referral);
        assertThat(browser.text(By.cssSelector("main .timeline")))
                .contains("Verstuurd", "Geopend", "Aanvaard", "Contact gelegd", "Afgesloten", "Het gezin kreeg hulp")
                .contains("Start op 3 maart");
        assertThat(browser.has(By.xpath("//main//button[normalize-space()='Doorverwijzing intrekken']")))
                .isFalse();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.open("/n/" + slug + "/referrals?side=SENDER");
        assertThat(browser.text(By.cssSelector("main table"))).contains("OCMW", "Afgesloten", "Het gezin kreeg hulp");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private void signInWithSecondFactor(NestwerkUser user, String path) {
        String secret = SecondFactorFixtures.enrol(context, user.id());
        browser.signIn(user.email(), PlatformFixtures.PASSWORD).phone();
        browser.open(path);
        assertThat(browser.location()).startsWith("/account/two-factor");
        browser.fill(By.id("code"), SecondFactorFixtures.nextCode(context, user.id(), secret));
        browser.clickAndWait(SUBMIT);
    }
}
