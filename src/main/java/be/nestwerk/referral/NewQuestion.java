package be.nestwerk.referral;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A question as it is registered: for a family or anonymous, by an organisation, owned by (a person of) another. */
record NewQuestion(
        UUID organisation,
        @Nullable UUID familyId,
        @Nullable String postcode,
        @Nullable String homeLanguage,
        String text,
        List<QuestionTheme> themes,
        QuestionChannel channel,
        UUID ownerOrganisation,
        @Nullable UUID ownerPerson) {

    NewQuestion {
        themes = List.copyOf(themes);
    }
}
