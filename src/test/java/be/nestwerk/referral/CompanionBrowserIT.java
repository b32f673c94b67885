package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * On a phone: the referral form offers a companion; the sender names a volunteer as companion on the referral's page
 * (a wrong choice first), then the
 * volunteer finds the task under "Mijn taken", reads it and records going along — 0 axe violations on every page.
 */
class CompanionBrowserIT extends BrowserTestSupport {

    private static final By NAME = By.xpath("//main//button[normalize-space()='Begeleider aanduiden']");

    @Autowired
    ApplicationContext context;

    @Test
    void theSenderNamesACompanionWhoReadsTheTaskAndRecordsGoingAlong() {
        ReferralScene scene = ReferralFixtures.scene(context);
        UUID referral = ReferralFixtures.sent(context, scene);
        String slug = scene.family().network().slug();

        signIn(scene.sender(), "/n/" + slug + "/referrals/new?family=" + scene.familyId());
        assertThat(browser.text(By.cssSelector("main form"))).contains("Begeleider (vrijwilliger)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/n/" + slug + "/referrals/" + referral);
        assertThat(browser.text(By.cssSelector("main"))).contains("Er is nog geen begeleider aangeduid.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver()
                .findElement(By.xpath("//select[@id='companionAccount']/option[normalize-space()='"
                        + scene.family().volunteer().displayName() + "']"))
                .click();
        browser.clickAndWait(NAME);
        assertThat(browser.text(By.cssSelector("main .error-summary[role=alert]")))
                .contains("Vul de datum en het uur van de afspraak in.", "Vul de plaats van de afspraak in.");
        assertThat(browser.driver().findElement(By.id("meetingPlace")).getAttribute("aria-describedby"))
                .isEqualTo("meetingPlace-error");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        String day = LocalDate.now().plusDays(4).toString();
        browser.driver().executeScript("document.getElementById('meetingAt').value = arguments[0];", day + "T14:00");
        browser.fill(By.id("meetingPlace"), "Aan de ingang van het station");
        browser.clickAndWait(NAME);
        assertThat(browser.text(By.cssSelector("main")))
                .contains("De begeleider is aangeduid", "Aan de ingang van het station", "Nog niet");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.signOut();

        signIn(scene.family().volunteer(), "/n/" + slug);
        browser.clickAndWait(By.linkText("Mijn taken"));
        assertThat(browser.location()).startsWith("/account/two-factor");
        stepUp(scene.family().volunteer());
        assertThat(browser.heading()).isEqualTo("Mijn taken");
        assertThat(browser.text(By.cssSelector("main table"))).contains("Vermeulen", "OCMW");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("main table tbody a"));
        assertThat(browser.text(By.cssSelector("main")))
                .contains("Vermeulen", "OCMW", "Aan de ingang van het station")
                .doesNotContain("Mama zoekt opvang");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Ik ben meegegaan']"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Genoteerd: u bent meegegaan.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private final Map<UUID, String> secrets = new HashMap<>();

    /** Signs in on a phone and opens the page, proving the second factor when the page asks for it. */
    private void signIn(NestwerkUser user, String path) {
        secrets.put(user.id(), SecondFactorFixtures.enrol(context, user.id()));
        browser.signIn(user.email(), PlatformFixtures.PASSWORD).phone();
        browser.open(path);
        if (browser.location().startsWith("/account/two-factor")) {
            stepUp(user);
        }
    }

    private void stepUp(NestwerkUser user) {
        browser.fill(By.id("code"), SecondFactorFixtures.nextCode(context, user.id(), secrets.get(user.id())));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
    }
}
