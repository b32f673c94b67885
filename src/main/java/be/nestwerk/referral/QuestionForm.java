package be.nestwerk.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The question form as typed, kept as text so that a wrong value comes back as it was typed. */
record QuestionForm(
        String organisation,
        String family,
        String postcode,
        String homeLanguage,
        String text,
        List<String> themes,
        String channel,
        String ownerOrganisation,
        String ownerPerson) {

    QuestionForm {
        organisation = orEmpty(organisation);
        family = orEmpty(family);
        postcode = orEmpty(postcode);
        homeLanguage = orEmpty(homeLanguage);
        text = orEmpty(text);
        themes = themes == null ? List.of() : List.copyOf(themes);
        channel = channel == null ? QuestionChannel.WALK_IN.name() : channel;
        ownerOrganisation = orEmpty(ownerOrganisation);
        ownerPerson = orEmpty(ownerPerson);
    }

    /** An empty form: for the given family (or anonymous), registered by and owned by the person's organisation. */
    static QuestionForm blank(@Nullable UUID family, @Nullable UUID organisation, UUID person) {
        String own = organisation == null ? "" : organisation.toString();
        return new QuestionForm(
                own,
                family == null ? "" : family.toString(),
                "",
                "",
                "",
                List.of(),
                QuestionChannel.WALK_IN.name(),
                own,
                organisation == null ? "" : person.toString());
    }

    /** The question to register, or null with the problems of what could not be read. */
    @Nullable
    NewQuestion read(QuestionProblems problems) {
        UUID registering = id(organisation, "organisation", false, problems);
        UUID familyId = id(family, "family", true, problems);
        UUID owner = id(ownerOrganisation, "ownerOrganisation", false, problems);
        UUID person = id(ownerPerson, "ownerPerson", true, problems);
        List<QuestionTheme> chosen = new ArrayList<>();
        for (String theme : themes) {
            QuestionTheme read = choice(QuestionTheme.class, theme, "themes", problems);
            if (read != null && !chosen.contains(read)) {
                chosen.add(read);
            }
        }
        QuestionChannel readChannel = choice(QuestionChannel.class, channel, "channel", problems);
        if (problems.any() || registering == null || owner == null || readChannel == null) {
            return null;
        }
        return new NewQuestion(
                registering,
                familyId,
                postcode,
                homeLanguage.strip().toLowerCase(java.util.Locale.ROOT),
                text,
                chosen,
                readChannel,
                owner,
                person);
    }

    /** Public, as the template calls it. */
    public boolean hasTheme(QuestionTheme theme) {
        return themes.contains(theme.name());
    }

    static @Nullable UUID id(String value, String field, boolean optional, QuestionProblems problems) {
        if (optional && value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException unreadable) {
            problems.add(field, "referral.question.problem.choose");
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, String value, String field, QuestionProblems problems) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(field, "referral.question.problem.choose");
            return null;
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
