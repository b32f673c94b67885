package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.web.SiteAddress;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@NestwerkIntegrationTest
class FamilyPlanRemindersIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFollowUpAndEachOpenStepRemindTheMakerOnceWithALinkAndNothingAboutTheFamily() throws Exception {
        Scene scene = FamilyFixtures.scene(context);
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Herinnering"));
        PlanDraft draft = new PlanDraft(
                LocalDate.now(),
                "Opvang zoeken",
                "Grootouders helpen",
                null,
                "nl",
                LocalDate.now().plusDays(30),
                Set.of(),
                List.of(
                        new PlanDraft.Step(
                                null,
                                "Opvang bellen",
                                StepOwner.FAMILY,
                                null,
                                null,
                                LocalDate.now().plusDays(10)),
                        new PlanDraft.Step(
                                null,
                                "Later",
                                StepOwner.FAMILY,
                                null,
                                null,
                                LocalDate.now().plusDays(60))));
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, draft);

        String to = scene.professional().email();
        reminders(LocalDate.now().plusDays(5)).sendDue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, to))
                .as("nothing is due yet")
                .isZero();
        FamilyPlanReminders afterFollowUp = reminders(LocalDate.now().plusDays(31));
        afterFollowUp.sendDue();
        afterFollowUp.sendDue();
        reminders(LocalDate.now().plusDays(40)).sendDue();

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, to))
                .as("one mail for the follow-up and one for the step due, each once; the later step is not due")
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(receivedBy(to)).hasSize(2));
        for (MimeMessage mail : receivedBy(to)) {
            String text = mail.getSubject() + "\n" + ReceivedMail.text(mail);
            assertThat(text)
                    .contains("/n/" + scene.network().slug() + "/families/" + family + "/plans/" + plan)
                    .doesNotContain("Herinnering van", "Familie Herinnering", "Mama", "Opvang", "Grootouders");
        }
        assertThat(ReceivedMail.awaitMailTo(greenMail, to).getSubject()).startsWith("Herinnering");
    }

    @Test
    void theMakerIsRemindedInTheLanguageChosenForTheirAccount() throws Exception {
        Scene scene = FamilyFixtures.scene(context);
        context.getBean(Accounts.class).preferLanguage(scene.professional().id(), "en");
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Engels"));
        FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));

        reminders(LocalDate.now().plusDays(10)).sendDue();

        assertThat(ReceivedMail.awaitMailTo(greenMail, scene.professional().email())
                        .getSubject())
                .isEqualTo("Reminder: an agreed step of a family plan");
    }

    @Test
    void aDoneStepAndAnErasedFamilyAreNotReminded() {
        Scene scene = FamilyFixtures.scene(context);
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Klaar"));
        UUID plan = FamilyPlanFixtures.plan(context, scene, family, FamilyPlanFixtures.draft(Set.of()));
        UUID step = jdbc.queryForObject("select id from family_plan_step where plan_id = ?", UUID.class, plan);
        be.nestwerk.network.NetworkFixtures.actingAs(scene.professional(), () -> {
            context.getBean(FamilyPlans.class).stepDone(scene.network().id(), family, plan, step);
            return null;
        });
        UUID erased = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Weg"));
        FamilyPlanFixtures.plan(context, scene, erased, FamilyPlanFixtures.draft(Set.of()));
        be.nestwerk.network.NetworkFixtures.actingAs(scene.professional(), () -> {
            context.getBean(FamilyErasure.class).erase(scene.network().id(), erased);
            return null;
        });

        reminders(LocalDate.now().plusDays(10)).sendDue();

        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient = ?",
                        Long.class,
                        scene.professional().email()))
                .as("the follow-up (a month ahead) is not due, the step is done, the erased family gets nothing")
                .isZero();
        assertThat(jdbc.queryForObject("select strengths from family_plan where family_id = ?", String.class, erased))
                .isEqualTo(FamilyErasure.ANONYMOUS);
    }

    private FamilyPlanReminders reminders(LocalDate today) {
        Clock fixed = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new FamilyPlanReminders(
                context.getBean(JdbcClient.class),
                context.getBean(FamilyScope.class),
                context.getBean(Mailer.class),
                context.getBean(MessageSource.class),
                context.getBean(PlatformTransactionManager.class),
                fixed,
                context.getBean(SiteAddress.class));
    }

    private static List<MimeMessage> receivedBy(String to) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().equalsIgnoreCase(to));
                    } catch (jakarta.mail.MessagingException unreadable) {
                        return false;
                    }
                })
                .toList();
    }
}
