package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.time.WorkingDays;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders of referrals that wait, with the clock moved forward instead of waiting days. */
@NestwerkIntegrationTest
class ReferralRemindersIT {

    static final int WORKING_DAYS = 3;

    @Autowired
    ApplicationContext context;

    @Autowired
    Referrals referrals;

    @Autowired
    JdbcTemplate jdbc;

    ReferralScene scene;
    UUID id;
    LocalDate sentOn;

    @BeforeEach
    void sent() {
        scene = ReferralFixtures.scene(context);
        id = ReferralFixtures.sent(context, scene);
        sentOn = LocalDate.now(ReferralReminders.BRUSSELS);
    }

    @Test
    void remindsBothSidesOnceAfterTheConfiguredWorkingDaysAndAgainInTheNextStatus() {
        LocalDate lastDayOnTime = WorkingDays.after(sentOn, WORKING_DAYS);
        LocalDate firstDayOverdue = WorkingDays.after(sentOn, WORKING_DAYS + 1);

        on(lastDayOnTime).remindDue();
        assertThat(reminders())
                .as("on the third working day it is not late yet")
                .isZero();

        on(firstDayOverdue).remindDue();
        assertThat(reminders())
                .as("to the receiving professional and to the sender")
                .isEqualTo(2);
        assertThat(remindedTo(scene.receiver().email())).isEqualTo(1);
        assertThat(remindedTo(scene.sender().email())).isEqualTo(1);

        on(firstDayOverdue.plusDays(7)).remindDue();
        assertThat(reminders()).as("once per status").isEqualTo(2);

        actingAs(scene.receiver(), () -> {
            referrals.step(scene.networkId(), id, 0, Referral.Step.to(ReferralStatus.ACCEPTED));
            return null;
        });
        on(lastDayOnTime).remindDue();
        assertThat(reminders()).as("the new status waits its own working days").isEqualTo(2);
        on(firstDayOverdue).remindDue();
        assertThat(reminders()).as("and is reminded once they are over").isEqualTo(4);
    }

    @Test
    void sendsNothingOnAWeekendOrHoliday() {
        LocalDate late = WorkingDays.after(sentOn, WORKING_DAYS + 5);
        LocalDate dayOff = late;
        while (WorkingDays.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }

        assertThat(on(dayOff).remindDue()).isZero();
        assertThat(reminders()).isZero();
    }

    @Test
    void theCoordinatorSeesTheOverdueReferralWithoutTheFamily() {
        LocalDate firstDayOverdue = WorkingDays.after(sentOn, WORKING_DAYS + 1);
        OverdueReferrals overdue = new OverdueReferrals(
                context.getBean(ReferralAccess.class),
                context.getBean(FamilyScope.class),
                context.getBean(ReferralStore.class),
                on(firstDayOverdue),
                context.getBean(be.nestwerk.platform.tenancy.NetworkDirectory.class));

        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        OverdueReferrals.OverduePage page = actingAs(
                scene.family().coordinator(),
                () -> transactions.execute(status -> overdue.page(scene.networkId(), 0, 25)));
        OverdueReferrals.OverduePage notYet = actingAs(
                scene.family().coordinator(),
                () -> context.getBean(OverdueReferrals.class).page(scene.networkId(), 0, 25));

        assertThat(page.referrals()).extracting(OverdueReferrals.Overdue::id).containsExactly(id);
        assertThat(page.referrals().get(0).to()).startsWith("OCMW");
        assertThat(page.workingDays()).isEqualTo(WORKING_DAYS);
        assertThat(notYet.total()).as("today nothing waits too long").isZero();
    }

    private ReferralReminders on(LocalDate day) {
        Clock clock = Clock.fixed(
                day.atTime(LocalTime.of(10, 0))
                        .atZone(ReferralReminders.BRUSSELS)
                        .toInstant(),
                ReferralReminders.BRUSSELS);
        return new ReferralReminders(
                context.getBean(ReferralStore.class),
                context.getBean(FamilyScope.class),
                context.getBean(ReferralNotifications.class),
                context.getBean(TransactionTemplate.class),
                clock,
                WORKING_DAYS);
    }

    private long reminders() {
        Long count = jdbc.queryForObject(
                "select count(*) from mail_outbox where subject like 'Herinnering%' and body like ?",
                Long.class, "%/referrals/" + id + "%");
        return count == null ? 0 : count;
    }

    private long remindedTo(String email) {
        Long count = jdbc.queryForObject(
                "select count(*) from mail_outbox where subject like 'Herinnering%' and body like ? and recipient = ?",
                Long.class, "%/referrals/" + id + "%", email);
        return count == null ? 0 : count;
    }
}
