package be.nestwerk.family;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One age or school stage of the Flemish family field, a row of {@code reference/vl-life-stages.csv}. Ages are in
 * months from birth, {@code ageToMonths} exclusive; both are null for the stages before birth. Label
 * {@code family.stage.CODE} in the bundle {@code messages/family-stages}.
 */
record LifeStage(
        String code,
        String labelNl,
        String labelEn,
        @Nullable Integer ageFromMonths,
        @Nullable Integer ageToMonths,
        String typicalSettingNl,
        @Nullable String iscedLevel,
        CompulsoryEducation compulsoryEducation) {

    String messageKey() {
        return "family.stage." + code;
    }

    /**
     * Whether school is compulsory in the stage: never, throughout, or from 1 September of the calendar year in
     * which the child turns {@code fromYearTurning} (kleuteronderwijs since 1 September 2020).
     */
    record CompulsoryEducation(boolean throughout, @Nullable Integer fromYearTurning) {

        static final CompulsoryEducation NO = new CompulsoryEducation(false, null);
        static final CompulsoryEducation YES = new CompulsoryEducation(true, null);

        private static final Pattern FROM_YEAR = Pattern.compile("from the year the child turns (\\d{1,2})");

        /** The CSV's words: {@code no}, {@code yes} or {@code from the year the child turns 5}. */
        static CompulsoryEducation parse(String text) {
            String words = text.strip();
            if (words.equals("no")) {
                return NO;
            }
            if (words.equals("yes")) {
                return YES;
            }
            Matcher from = FROM_YEAR.matcher(words);
            if (from.matches()) {
                return new CompulsoryEducation(false, Integer.valueOf(from.group(1)));
            }
            throw new IllegalArgumentException("unknown compulsory education: " + text);
        }

        /** 1 September of the year the child born on {@code birthDate} turns {@link #fromYearTurning}, if any. */
        @Nullable
        LocalDate startsFor(LocalDate birthDate) {
            return fromYearTurning == null
                    ? null
                    : LocalDate.of(birthDate.getYear() + fromYearTurning, Month.SEPTEMBER, 1);
        }
    }
}
