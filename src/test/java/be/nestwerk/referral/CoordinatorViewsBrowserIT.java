package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.SecondFactorFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The coordinator's figures pages, with figures in them, on a phone: questions' waiting times and themes, overdue referrals. */
class CoordinatorViewsBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void theCoordinatorReadsTheQuestionFiguresAndTheOverdueReferrals() {
        Scene scene = FamilyFixtures.scene(context);
        UUID answered = QuestionFixtures.registered(context, scene, null, scene.organisation());
        QuestionFixtures.registered(context, scene, null, scene.organisation());
        actingAs(scene.professional(), () -> {
            context.getBean(Questions.class).answer(scene.network().id(), answered, "Doorgegeven: het adres");
            return null;
        });
        String slug = scene.network().slug();
        String secret = SecondFactorFixtures.enrol(context, scene.coordinator().id());
        browser.signIn(scene.coordinator().email(), PlatformFixtures.PASSWORD).phone();
        browser.open("/n/" + slug + "/questions/statistics");
        if (browser.location().startsWith("/account/two-factor")) {
            var code = browser.driver().findElement(By.id("code"));
            code.sendKeys(
                    SecondFactorFixtures.nextCode(context, scene.coordinator().id(), secret));
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        }

        assertThat(browser.heading()).isEqualTo("Cijfers over vragen");
        assertThat(browser.text(By.cssSelector("main"))).contains("Mediaan");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/n/" + slug + "/referrals/overdue");
        assertThat(browser.heading()).isEqualTo("Wachtende doorverwijzingen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }
}
