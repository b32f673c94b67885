package be.nestwerk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.ActorType;
import be.nestwerk.network.Involvement;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.PartnerFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.platform.tenancy.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator, with the second factor proved, reads the network's audit log: what they just did, filtered by action and date, paged. */
class AuditLogBrowserIT extends BrowserTestSupport {

    private static final By FILTER = By.cssSelector("form.audit-filter button[type=submit]");
    private static final By WHAT = By.cssSelector("main table tbody td:nth-child(3)");

    /** Mail is delivered as in production (and none is left queued to be retried during later tests). */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MessageSource messages;

    CreatedNetwork network;
    UUID organisation;

    @BeforeEach
    void network() {
        network = NetworkFixtures.huisVanHetKind(context);
        organisation = PartnerFixtures.partner(
                jdbc, network.id(), NetworkFixtures.unique("Bibliotheek"), ActorType.LIBRARY, Involvement.AVERAGE);
    }

    @Test
    void showsTheInvitationAndTheRoleChangeJustMadeAndFiltersByActionAndDate() {
        NestwerkUser volunteer = NetworkFixtures.member(context, network, Role.VOLUNTEER, organisation);
        String invitee = "audited-" + UUID.randomUUID() + "@test.nestwerk.local";
        signInWithSecondFactor();
        browser.open("/n/" + network.slug() + "/members");
        type(By.id("invite-email"), invitee);
        type(By.id("invite-name"), "Audit Genodigde");
        select(By.id("invite-role"), Role.COORDINATOR.name());
        browser.clickAndWait(By.cssSelector("form[action$='/members/invitations'] button[type=submit]"));
        WebElement row =
                browser.driver().findElement(By.xpath("//tr[td[normalize-space()='" + volunteer.email() + "']]"));
        row.findElement(By.tagName("summary")).click();
        new Select(row.findElement(By.cssSelector("select[name=role]"))).selectByValue(Role.PROFESSIONAL.name());
        browser.clickAndWait(By.xpath("//tr[td[normalize-space()='" + volunteer.email() + "']]"
                + "//form[contains(@action,'/role')]//button"));

        browser.clickAndWait(By.cssSelector("nav.subnav a[href$='/audit']"));

        assertThat(browser.location()).isEqualTo("/n/" + network.slug() + "/audit");
        assertThat(browser.heading()).isEqualTo(message("account.audit.title", "nl"));
        assertThat(texts(WHAT))
                .contains(
                        label(AuditAction.INVITATION_SENT),
                        label(AuditAction.MEMBERSHIP_ADDED),
                        label(AuditAction.MEMBERSHIP_REMOVED),
                        label(AuditAction.NETWORK_CREATED));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        select(By.id("action"), AuditAction.MEMBERSHIP_REMOVED.name());
        browser.clickAndWait(FILTER);

        assertThat(browser.location()).contains("action=MEMBERSHIP_REMOVED");
        assertThat(texts(WHAT)).containsOnly(label(AuditAction.MEMBERSHIP_REMOVED));
        browser.driver()
                .findElement(By.cssSelector("main table tbody details > summary"))
                .click();
        assertThat(browser.text(By.cssSelector("main table tbody details[open]")))
                .contains(
                        message("account.audit.before", "nl"),
                        "VOLUNTEER",
                        volunteer.id().toString());
        check();

        select(By.id("action"), "");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        date("from", today.minusDays(1));
        date("to", today.plusDays(1));
        browser.clickAndWait(FILTER);
        assertThat(texts(WHAT)).contains(label(AuditAction.INVITATION_SENT), label(AuditAction.NETWORK_CREATED));
        check();

        date("from", today.plusDays(2));
        date("to", today.plusDays(3));
        browser.clickAndWait(FILTER);
        assertThat(browser.has(WHAT)).isFalse();
        assertThat(browser.text(By.tagName("main"))).contains(message("account.audit.empty", "nl"));
        check();

        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(message("account.audit.title", "en"));
        assertThat(browser.driver().findElement(By.id("from")).getDomProperty("value"))
                .as("the filter is kept")
                .isEqualTo(today.plusDays(2).toString());
        check();
    }

    @Test
    void pagesThroughALongLog() {
        NetworkFixtures.actingAs(
                network.coordinator(),
                () -> transactions.execute(status -> {
                    for (int i = 1; i <= 55; i++) {
                        auditLog.change(
                                network.id(),
                                AuditAction.NETWORK_UPDATED,
                                "Network",
                                network.id(),
                                "Browser test change " + i,
                                Map.of("n", i - 1),
                                Map.of("n", i));
                    }
                    return null;
                }));
        signInWithSecondFactor();
        browser.open("/n/" + network.slug() + "/audit");

        assertThat(browser.driver().findElements(WHAT)).hasSize(AuditLogController.PAGE_SIZE);
        assertThat(browser.has(By.cssSelector("nav.pagination a[rel=prev]"))).isFalse();
        check();

        browser.clickAndWait(By.cssSelector("nav.pagination a[rel=next]"));

        assertThat(browser.location()).contains("page=1");
        assertThat(browser.text(By.tagName("main")))
                .contains("Browser test change 5", label(AuditAction.NETWORK_CREATED));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        browser.clickAndWait(By.cssSelector("nav.pagination a[rel=prev]"));
        assertThat(browser.text(By.tagName("main"))).contains("Browser test change 55");
    }

    @Test
    void explainsAnInvalidDateInsteadOfFailing() {
        signInWithSecondFactor();

        browser.open("/n/" + network.slug() + "/audit?from=31-02-2025&to=2025-13-01");

        assertThat(browser.heading()).isEqualTo(message("account.audit.title", "nl"));
        assertThat(browser.text(By.id("from-error"))).isEqualTo(message("account.audit.invalid-date", "nl"));
        assertThat(browser.text(By.id("to-error"))).isEqualTo(message("account.audit.invalid-date", "nl"));
        check();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.text(By.id("from-error"))).isEqualTo(message("account.audit.invalid-date", "fr"));
        check();

        browser.open("/n/" + network.slug() + "/audit?from=2025-03-31&to=2025-03-01");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.text(By.id("to-error"))).isEqualTo(message("account.audit.invalid-range", "fr"));
        check();
    }

    /** The log shows who read which family: the coordinator proves the second factor on the way in. */
    private void signInWithSecondFactor() {
        String secret =
                SecondFactorFixtures.enrol(context, network.coordinator().id());
        browser.signIn(network.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open("/n/" + network.slug() + "/audit");
        assertThat(browser.location()).startsWith("/account/two-factor");
        type(
                By.id("code"),
                SecondFactorFixtures.nextCode(context, network.coordinator().id(), secret));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.location()).startsWith("/n/" + network.slug() + "/audit");
    }

    /** Date inputs are typed in the browser's own format; set the ISO value a date picker would produce. */
    private void date(String id, LocalDate value) {
        browser.driver()
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value.toString());
    }

    private List<String> texts(By target) {
        return browser.driver().findElements(target).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String label(AuditAction action) {
        return message("audit.action." + action.name(), "nl");
    }

    private void select(By target, String value) {
        new Select(browser.driver().findElement(target)).selectByValue(value);
    }

    private void type(By target, String text) {
        browser.driver().findElement(target).sendKeys(text);
    }

    private void check() {
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
