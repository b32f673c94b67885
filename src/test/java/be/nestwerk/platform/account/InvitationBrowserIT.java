package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.ActorType;
import be.nestwerk.network.Involvement;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.PartnerFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Locale;
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

/** A coordinator invites a person, who joins through the mailed link; the coordinator then manages members. */
class InvitationBrowserIT extends BrowserTestSupport {

    private static final By NOTICE = By.cssSelector("main .alert-success");
    private static final By PROBLEM = By.cssSelector("main .alert-error");

    /** Mail is delivered as in production (and none is left queued to be retried during later tests). */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    CreatedNetwork network;
    String organisation;
    UUID organisationId;

    @BeforeEach
    void network() {
        network = NetworkFixtures.huisVanHetKind(context);
        organisation = NetworkFixtures.unique("Kinderopvang De Vlinder");
        organisationId =
                PartnerFixtures.partner(jdbc, network.id(), organisation, ActorType.LIBRARY, Involvement.AVERAGE);
    }

    @Test
    void aNewPersonFollowsTheMailedInvitationAndLandsSignedInInTheNetwork() throws Exception {
        String email = "invitee-" + UUID.randomUUID() + "@test.nestwerk.local";
        browser.signIn(network.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open(membersPage());
        assertThat(browser.heading()).isEqualTo(message("account.members.title", "nl"));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        type(By.id("invite-email"), email);
        type(By.id("invite-name"), "Anna Browser");
        select(By.id("invite-role"), Role.PROFESSIONAL.name());
        select(By.id("invite-organisation"), organisationId.toString());
        browser.clickAndWait(By.cssSelector("form[action$='/members/invitations'] button[type=submit]"));

        assertThat(browser.location()).isEqualTo(membersPage());
        assertThat(browser.text(NOTICE)).isEqualTo("De uitnodiging is verstuurd naar " + email + ".");
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=invitations-heading]")))
                .contains("Anna Browser", email, organisation);
        check();

        browser.signOut().open("/outbox");
        assertThat(browser.heading()).isEqualTo(message("account.outbox.title", "nl"));
        check();
        followLatestMailLink(email);

        String invitationLink = browser.location();
        assertThat(invitationLink).startsWith("/account/invitation/");
        MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).contains(network.network().name());
        assertThat(ReceivedMail.linkIn(mail, "/account/invitation/")).isEqualTo(invitationLink);
        assertThat(browser.heading()).isEqualTo("Uitnodiging");
        assertThat(browser.text(By.tagName("main")))
                .contains(
                        "U bent uitgenodigd in het netwerk " + network.network().name() + " als Professional.")
                .contains("Voor de organisatie " + organisation + ".");
        assertThat(browser.driver().findElement(By.id("displayName")).getDomProperty("value"))
                .isEqualTo("Anna Browser");
        check();
        browser.desktop().assertNoAccessibilityViolations();
        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.location()).isEqualTo(invitationLink + "?lang=fr");
        assertThat(browser.heading()).isEqualTo(message("account.invitation.title", "fr"));
        check();

        clear(By.id("displayName"));
        type(By.id("displayName"), "Anna Peeters");
        type(By.id("password"), "een lang genoeg wachtwoord");
        type(By.id("passwordAgain"), "een lang genoeg wachtwoord");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        // the workspace of someone in one network is that network's page
        assertThat(browser.location()).isEqualTo("/n/" + network.slug());
        assertThat(browser.heading()).isEqualTo(network.network().name());
        assertThat(browser.language()).isEqualTo("fr");
        check();
        browser.clickAndWait(By.cssSelector("header a[href='/account']"));
        assertThat(browser.text(By.tagName("dl"))).contains("Anna Peeters");
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=memberships-heading]")))
                .contains(network.network().name(), message("role.PROFESSIONAL", "fr"), organisation);

        browser.open(invitationLink);
        assertThat(browser.heading()).isEqualTo(message("account.link-gone.title", "fr"));
        assertThat(browser.has(By.cssSelector("header form[action$='/logout']")))
                .as("the page still shows who is signed in")
                .isTrue();
        check();

        browser.signOut().open(invitationLink);
        assertThat(browser.heading()).isEqualTo(message("account.link-gone.title", "fr"));
        assertThat(browser.has(By.cssSelector("header a[href='/login']"))).isTrue();
        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(message("account.link-gone.title", "en"));
        check();
    }

    @Test
    void aPersonWithAnAccountSignsInWithThatAccountToAcceptTheInvitation() {
        NestwerkUser invitee = NetworkFixtures.person(context, "Existing Person");
        NestwerkUser someoneElse = NetworkFixtures.person(context, "Someone Else");
        browser.signIn(network.coordinator().email(), NetworkFixtures.PASSWORD).open(membersPage());
        type(By.id("invite-email"), invitee.email());
        type(By.id("invite-name"), invitee.displayName());
        select(By.id("invite-role"), Role.VOLUNTEER.name());
        select(By.id("invite-organisation"), organisationId.toString());
        browser.clickAndWait(By.cssSelector("form[action$='/members/invitations'] button[type=submit]"));
        browser.signOut().open("/outbox");
        followLatestMailLink(invitee.email());
        assertThat(browser.location()).isEqualTo("/login");

        browser.signIn(someoneElse.email(), NetworkFixtures.PASSWORD);

        assertThat(browser.location()).startsWith("/account/join/");
        String joinPage = browser.location();
        assertThat(browser.text(By.cssSelector("main .alert-error")))
                .contains("Deze uitnodiging is voor " + invitee.email() + ".");
        check();
        browser.clickAndWait(By.cssSelector("main form[action$='/logout'] button"));
        assertThat(browser.location()).isEqualTo("/login?logout");

        browser.signIn(invitee.email(), NetworkFixtures.PASSWORD).open(joinPage);
        assertThat(browser.heading()).isEqualTo(message("account.invitation.title", "nl"));
        assertThat(browser.text(By.tagName("main")))
                .contains(
                        "U bent uitgenodigd in het netwerk " + network.network().name() + " als Vrijwilliger.");
        check();
        browser.desktop().assertNoAccessibilityViolations();
        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.heading()).isEqualTo(message("account.invitation.title", "en"));
        check();

        browser.clickAndWait(By.cssSelector("main form[action^='/account/join/'] button"));

        assertThat(browser.location()).isEqualTo("/n/" + network.slug());
        assertThat(browser.language()).isEqualTo("en");
        check();
    }

    @Test
    void explainsWhatIsMissingInTheInvitationInTheChosenLanguage() {
        browser.signIn(network.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open(membersPage());

        type(By.id("invite-email"), "not an address");
        browser.clickAndWait(By.cssSelector("form[action$='/members/invitations'] button[type=submit]"));

        assertThat(browser.text(By.cssSelector("#invite-email-error")))
                .isEqualTo(message("account.validation.email", "nl"));
        assertThat(browser.text(By.cssSelector("#invite-role-error")))
                .isEqualTo(message("account.validation.role", "nl"));
        check();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo(message("account.members.title", "fr"));
        check();

        browser.open(membersPage());
        assertThat(browser.language()).as("the choice is remembered").isEqualTo("fr");
    }

    @Test
    void coordinatorChangesARoleAndRemovesAMembershipButNeverTheLastCoordinator() {
        NestwerkUser volunteer = NetworkFixtures.member(context, network, Role.VOLUNTEER, organisationId);
        browser.signIn(network.coordinator().email(), NetworkFixtures.PASSWORD);
        browser.open(membersPage());

        manage(volunteer);
        select(By.cssSelector("select[id^=role-]"), volunteer, Role.PARTNER_ADMIN.name());
        browser.clickAndWait(inManaged(volunteer, "form[action$='/role'] button"));

        assertThat(browser.text(NOTICE)).isEqualTo(message("account.members.role-changed", "nl"));
        assertThat(row(volunteer).getText()).contains(message("role.PARTNER_ADMIN", "nl"));
        check();

        manage(volunteer);
        browser.clickAndWait(inManaged(volunteer, "form[action$='/remove'] button"));

        assertThat(browser.text(NOTICE)).isEqualTo(message("account.members.removed", "nl"));
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=members-heading]")))
                .doesNotContain(volunteer.displayName());
        check();

        manage(network.coordinator());
        browser.clickAndWait(inManaged(network.coordinator(), "form[action$='/remove'] button"));

        assertThat(browser.text(PROBLEM)).isEqualTo(message("membership.last-coordinator", "nl"));
        assertThat(row(network.coordinator()).getText()).contains(message("role.COORDINATOR", "nl"));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(message("account.members.title", "en"));
        check();
    }

    private String membersPage() {
        return "/n/" + network.slug() + "/members";
    }

    /** Mail links name the configured public address (not this test's port): follow their path here. */
    private void followLatestMailLink(String recipient) {
        String href = browser.driver()
                .findElement(By.xpath("(//article[.//dd[normalize-space()='" + recipient + "']])[1]//a"))
                .getDomAttribute("href");
        URI link = URI.create(href);
        browser.open(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    private WebElement row(NestwerkUser member) {
        return browser.driver()
                .findElement(By.xpath("//table[@aria-labelledby='members-heading']//tr[td[normalize-space()='"
                        + member.email() + "']]"));
    }

    private void manage(NestwerkUser member) {
        row(member).findElement(By.tagName("summary")).click();
    }

    private By inManaged(NestwerkUser member, String css) {
        return new By() {
            @Override
            public java.util.List<WebElement> findElements(org.openqa.selenium.SearchContext context) {
                return row(member).findElements(By.cssSelector(css));
            }
        };
    }

    private void select(By target, String value) {
        new Select(browser.driver().findElement(target)).selectByValue(value);
    }

    private void select(By target, NestwerkUser member, String value) {
        new Select(row(member).findElement(target)).selectByValue(value);
    }

    private void type(By target, String text) {
        browser.driver().findElement(target).sendKeys(text);
    }

    private void clear(By target) {
        browser.driver().findElement(target).clear();
    }

    private void check() {
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
