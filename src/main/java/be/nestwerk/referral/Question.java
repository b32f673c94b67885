package be.nestwerk.referral;

import be.nestwerk.platform.web.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question a family brought to a partner, anonymous or linked to a registered family. It stays open until it is
 * answered or warmly referred, and can be reopened; the registering and the owning organisation see it.
 */
record Question(
        UUID id,
        UUID networkId,
        @Nullable UUID familyId,
        @Nullable String postcode,
        @Nullable String homeLanguage,
        String text,
        List<QuestionTheme> themes,
        QuestionChannel channel,
        UUID registeredBy,
        UUID registeredByOrganisation,
        UUID ownerOrganisation,
        @Nullable UUID ownerPerson,
        QuestionStatus status,
        Instant registeredAt,
        @Nullable Instant closedAt,
        @Nullable UUID closedBy,
        @Nullable String answerNote,
        @Nullable UUID referralId) {

    Question {
        themes = List.copyOf(themes);
    }

    /** Public, as the templates call it. */
    public boolean anonymous() {
        return familyId == null;
    }

    boolean visibleTo(Set<UUID> organisations) {
        return organisations.contains(ownerOrganisation) || organisations.contains(registeredByOrganisation);
    }

    Question answer(String note, UUID by, Instant at) {
        if (status != QuestionStatus.OPEN) {
            throw new BusinessRuleException("referral.question.problem.notOpen");
        }
        return with(QuestionStatus.ANSWERED, ownerOrganisation, ownerPerson, at, by, note, null);
    }

    /** Set by the warm referral that takes the question on; an answered question may still be referred. */
    /** A question may need more than one partner; it stays with the referral that took it on first. */
    Question referred(UUID referral, @Nullable UUID by, Instant at) {
        if (status == QuestionStatus.REFERRED) {
            return this;
        }
        return with(QuestionStatus.REFERRED, ownerOrganisation, ownerPerson, at, by, answerNote, referral);
    }

    Question reopen() {
        if (status == QuestionStatus.OPEN) {
            throw new BusinessRuleException("referral.question.problem.openAlready");
        }
        return with(QuestionStatus.OPEN, ownerOrganisation, ownerPerson, null, null, null, null);
    }

    Question ownedBy(UUID organisation, @Nullable UUID person) {
        return with(status, organisation, person, closedAt, closedBy, answerNote, referralId);
    }

    private Question with(
            QuestionStatus newStatus,
            UUID owner,
            @Nullable UUID person,
            @Nullable Instant closed,
            @Nullable UUID by,
            @Nullable String note,
            @Nullable UUID referral) {
        return new Question(
                id,
                networkId,
                familyId,
                postcode,
                homeLanguage,
                text,
                themes,
                channel,
                registeredBy,
                registeredByOrganisation,
                owner,
                person,
                newStatus,
                registeredAt,
                closed,
                by,
                note,
                referral);
    }
}
