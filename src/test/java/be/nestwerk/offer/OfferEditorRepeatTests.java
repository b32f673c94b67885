package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.SessionRepeat.Repetition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The editor's simple repetitions and the RFC 5545 rules they stand for, both ways. */
class OfferEditorRepeatTests {

    /** A Thursday, the first of its month. */
    private static final LocalDate FIRST_THURSDAY = LocalDate.of(2027, 4, 1);

    @Test
    void simpleRepetitionsRepeatOnTheWeekdayOfTheFirstDate() {
        assertThat(SessionRepeat.WEEKLY.rule(FIRST_THURSDAY, null, 10)).isEqualTo("FREQ=WEEKLY;BYDAY=TH;COUNT=10");
        assertThat(SessionRepeat.EVERY_TWO_WEEKS.rule(FIRST_THURSDAY, LocalDate.of(2027, 6, 30), null))
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270630");
        assertThat(SessionRepeat.MONTHLY.rule(FIRST_THURSDAY, null, 6)).isEqualTo("FREQ=MONTHLY;BYDAY=1TH;COUNT=6");
    }

    @Test
    void aMonthlySessionOnTheFifthWeekdayOfTheMonthIsOnTheLastOne() {
        LocalDate fifthThursday = LocalDate.of(2027, 4, 29);

        assertThat(SessionRepeat.MONTHLY.rule(fifthThursday, null, 3)).isEqualTo("FREQ=MONTHLY;BYDAY=-1TH;COUNT=3");
        assertThat(SessionRepeat.of("FREQ=MONTHLY;BYDAY=-1TH;COUNT=3", fifthThursday)
                        .repeat())
                .isEqualTo(SessionRepeat.MONTHLY);
    }

    @Test
    void theRulesOfTheSimpleChoicesAreShownAsThoseChoicesAgain() {
        for (SessionRepeat repeat :
                new SessionRepeat[] {SessionRepeat.WEEKLY, SessionRepeat.EVERY_TWO_WEEKS, SessionRepeat.MONTHLY}) {
            assertThat(SessionRepeat.of(repeat.rule(FIRST_THURSDAY, null, 8), FIRST_THURSDAY))
                    .isEqualTo(new Repetition(repeat, null, 8, null));
            assertThat(SessionRepeat.of(repeat.rule(FIRST_THURSDAY, LocalDate.of(2027, 12, 31), null), FIRST_THURSDAY))
                    .isEqualTo(new Repetition(repeat, LocalDate.of(2027, 12, 31), null, null));
        }
    }

    @Test
    void anyOtherRuleIsEditedAsItIsWritten() {
        for (String rule : new String[] {
            "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=60",
            "FREQ=WEEKLY;BYDAY=MO;COUNT=26",
            "FREQ=WEEKLY;BYDAY=TH",
            "FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
            "FREQ=DAILY;COUNT=5",
            "FREQ=WEEKLY;BYDAY=TH;UNTIL=20271331"
        }) {
            assertThat(SessionRepeat.of(rule, FIRST_THURSDAY))
                    .as(rule)
                    .isEqualTo(new Repetition(SessionRepeat.ADVANCED, null, null, rule));
        }
        assertThat(SessionRepeat.of(null, FIRST_THURSDAY).repeat()).isEqualTo(SessionRepeat.NONE);
    }

    @Test
    void everySimpleRuleIsOneTheCalendarUnderstands() {
        assertThat(SessionOccurrences.isValidRecurrence(SessionRepeat.MONTHLY.rule(FIRST_THURSDAY, null, 6)))
                .isTrue();
        assertThat(SessionOccurrences.isValidRecurrence(
                        SessionRepeat.EVERY_TWO_WEEKS.rule(FIRST_THURSDAY, LocalDate.of(2027, 6, 30), null)))
                .isTrue();
    }
}
