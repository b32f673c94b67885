package be.nestwerk.family;

import be.nestwerk.family.Transition.Code;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A child's life stages and coming transitions from their birth date (or expected birth date), the life stages of
 * {@link LifeStages} and the Flemish school calendar ({@link SchoolYear}). Pure calculation: "today" is given.
 *
 * <p>A child enters the child-care stage at the age the CSV gives for it; kleuteronderwijs on the first entry day on
 * or after reaching its age (2 years and 6 months; a child who reaches it on an entry day may start that day); a
 * school stage with an ISCED level on 1 September of the calendar year in which the child reaches its age (primary
 * at 6, secondary at 12); any other stage on the birthday. Compulsory education starts on 1 September of the year in
 * which the child turns 5 (the CSV's compulsory education of the pre-primary stage). These are the earliest regular
 * dates; a family may choose a later school entry, and a child may stay a year longer in kleuteronderwijs.
 */
@Component
class Transitions {

    /** A stage and the day the child enters it. */
    record StageStart(LifeStage stage, LocalDate from) {}

    /** The stages a child goes through one after the other; the out-of-school care of the CSV is a setting. */
    private static final List<String> TIMELINE = List.of(
            LifeStages.CHILD_CARE,
            LifeStages.PRESCHOOL,
            LifeStages.PRIMARY,
            LifeStages.SECONDARY,
            "SECONDARY_2",
            "SECONDARY_3",
            "YOUNG_ADULT");

    private static final Map<Code, String> ENTERED = Map.of(
            Code.FIRST_CHILD_CARE, LifeStages.CHILD_CARE,
            Code.SCHOOL_ENTRY, LifeStages.PRESCHOOL,
            Code.PRIMARY_SCHOOL, LifeStages.PRIMARY,
            Code.SECONDARY_SCHOOL, LifeStages.SECONDARY);

    private final LifeStage prenatal;
    private final List<LifeStage> timeline;

    Transitions(LifeStages stages) {
        this.prenatal = stages.stage(LifeStages.PRENATAL);
        this.timeline = TIMELINE.stream().map(stages::stage).toList();
        for (LifeStage stage : timeline) {
            if (stage.ageFromMonths() == null) {
                throw new IllegalStateException("life stage " + stage.code() + " has no age in " + LifeStages.RESOURCE);
            }
        }
    }

    /** When the child enters each stage after birth, in order. */
    List<StageStart> timeline(LocalDate birthDate) {
        return timeline.stream()
                .map(stage -> new StageStart(stage, start(stage, birthDate)))
                .toList();
    }

    /** The stage on {@code day}: before the (expected) birth date, the pregnancy; from the last stage on, that stage. */
    LifeStage stageOn(LocalDate birthDate, LocalDate day) {
        if (day.isBefore(birthDate)) {
            return prenatal;
        }
        LifeStage current = timeline.get(0);
        for (StageStart start : timeline(birthDate)) {
            if (!start.from().isAfter(day)) {
                current = start.stage();
            }
        }
        return current;
    }

    /** The first day the child may start kleuteronderwijs. */
    LocalDate firstSchoolEntry(LocalDate birthDate) {
        LifeStage preschool = timeline.get(TIMELINE.indexOf(LifeStages.PRESCHOOL));
        return start(preschool, birthDate);
    }

    /** 1 September of the year compulsory education starts, from the CSV's compulsory education of the stages. */
    LocalDate compulsoryEducation(LocalDate birthDate) {
        return timeline(birthDate).stream()
                .flatMap(start -> {
                    LifeStage.CompulsoryEducation compulsory = start.stage().compulsoryEducation();
                    return compulsory.throughout()
                            ? Stream.of(start.from())
                            : Stream.ofNullable(compulsory.startsFor(birthDate));
                })
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no compulsory education in " + LifeStages.RESOURCE));
    }

    /** The transitions from {@code today} up to and including {@code today + horizon}, soonest first. */
    List<Transition> upcoming(LocalDate birthDate, LocalDate today, Period horizon) {
        LocalDate until = today.plus(horizon);
        List<Transition> upcoming = new ArrayList<>();
        for (Code code : Code.values()) {
            LocalDate date = date(code, birthDate);
            if (!date.isBefore(today) && !date.isAfter(until)) {
                upcoming.add(new Transition(
                        code,
                        date,
                        stageOn(birthDate, date.minusDays(1)),
                        stageOn(birthDate, date),
                        Math.toIntExact(ChronoUnit.DAYS.between(today, date))));
            }
        }
        upcoming.sort(Comparator.comparing(Transition::date).thenComparing(Transition::code));
        return upcoming;
    }

    private LocalDate date(Code code, LocalDate birthDate) {
        if (code == Code.COMPULSORY_EDUCATION) {
            return compulsoryEducation(birthDate);
        }
        String entered = Objects.requireNonNull(ENTERED.get(code));
        return start(timeline.get(TIMELINE.indexOf(entered)), birthDate);
    }

    private static LocalDate start(LifeStage stage, LocalDate birthDate) {
        int months = Objects.requireNonNull(stage.ageFromMonths());
        LocalDate age = birthDate.plusMonths(months);
        if (stage.code().equals(LifeStages.PRESCHOOL)) {
            return firstEntryDayFrom(age);
        }
        if (stage.iscedLevel() != null) {
            if (months % 12 != 0) {
                throw new IllegalStateException("school stage " + stage.code() + " starts at " + months + " months");
            }
            return LocalDate.of(birthDate.getYear() + months / 12, Month.SEPTEMBER, 1);
        }
        return age;
    }

    private static LocalDate firstEntryDayFrom(LocalDate day) {
        for (SchoolYear year = SchoolYear.of(day); ; year = year.next()) {
            for (LocalDate entry : year.entryDays()) {
                if (!entry.isBefore(day)) {
                    return entry;
                }
            }
        }
    }
}
