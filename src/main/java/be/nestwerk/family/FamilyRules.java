package be.nestwerk.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What registered family data must respect: as little as the purpose needs, and plausible. A child is born at most
 * 24 years ago (the networks serve families up to 24) or expected within 10 months.
 */
@Component
class FamilyRules {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 500;
    static final int MAX_CHILDREN = 20;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Clock clock;

    FamilyRules(Clock clock) {
        this.clock = clock;
    }

    List<FamilyProblem> check(NewFamily family) {
        List<FamilyProblem> problems = new ArrayList<>();
        name(family.name(), problems);
        contact(family.contactRoute(), problems);
        languages(family.homeLanguages(), problems);
        if (family.members().isEmpty()) {
            problems.add(FamilyProblem.of("members", "family.problem.members"));
        }
        for (int i = 0; i < family.members().size(); i++) {
            String name = family.members().get(i).name();
            if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
                problems.add(FamilyProblem.of("members[" + i + "].name", "family.problem.memberName", MAX_NAME));
            }
        }
        if (family.children().size() > MAX_CHILDREN) {
            problems.add(FamilyProblem.of("children", "family.problem.children", MAX_CHILDREN));
        }
        for (int i = 0; i < family.children().size(); i++) {
            problems.addAll(check(family.children().get(i), i));
        }
        return problems;
    }

    /** A child's date: born at most 24 years ago, or expected within 10 months; {@code row} names its field. */
    List<FamilyProblem> check(NewFamily.NewChild child, int row) {
        LocalDate today = LocalDate.now(clock);
        String field = "children[" + row + "].birthDate";
        if (child.expected()) {
            if (child.birthDate().isBefore(today) || child.birthDate().isAfter(today.plusMonths(10))) {
                return List.of(FamilyProblem.of(field, "family.problem.expectedDate"));
            }
        } else if (child.birthDate().isAfter(today) || child.birthDate().isBefore(today.minusYears(24))) {
            return List.of(FamilyProblem.of(field, "family.problem.birthDate"));
        }
        return List.of();
    }

    List<FamilyProblem> check(FamilyCorrection correction) {
        List<FamilyProblem> problems = new ArrayList<>();
        name(correction.name(), problems);
        contact(correction.contactRoute(), problems);
        languages(correction.homeLanguages(), problems);
        return problems;
    }

    private static void name(String name, List<FamilyProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(FamilyProblem.of("name", "family.problem.name"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(FamilyProblem.of("name", "family.problem.tooLong", MAX_NAME));
        }
    }

    private static void contact(String contact, List<FamilyProblem> problems) {
        if (contact != null && contact.strip().length() > MAX_CONTACT) {
            problems.add(FamilyProblem.of("contactRoute", "family.problem.tooLong", MAX_CONTACT));
        }
    }

    private static void languages(List<String> languages, List<FamilyProblem> problems) {
        for (String language : languages) {
            if (language == null
                    || !LANGUAGE.matcher(language.toLowerCase(Locale.ROOT)).matches()) {
                problems.add(FamilyProblem.of("homeLanguages", "family.problem.language", String.valueOf(language)));
            }
        }
    }
}
