package be.nestwerk.family;

import java.time.LocalDate;

/**
 * A coming change in a child's life that partners can prepare a warm hand-over for: on {@code date}, the child
 * leaves one stage and enters another ({@code left} and {@code entered} are the same stage when the change is not one
 * of stage, as for the start of compulsory education). {@code daysAway} counts from "today", 0 on the day itself.
 */
record Transition(Code code, LocalDate date, LifeStage left, LifeStage entered, int daysAway) {

    /** Label {@code family.transition.CODE} in the bundle {@code messages/family-stages}. */
    enum Code {
        FIRST_CHILD_CARE,
        SCHOOL_ENTRY,
        COMPULSORY_EDUCATION,
        PRIMARY_SCHOOL,
        SECONDARY_SCHOOL;

        String messageKey() {
            return "family.transition." + name();
        }
    }
}
