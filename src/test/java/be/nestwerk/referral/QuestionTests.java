package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.platform.web.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuestionTests {

    private final UUID registering = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID person = UUID.randomUUID();
    private final Instant registered = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void anOpenQuestionIsAnsweredWithANoteByWhomAndWhen() {
        Instant at = registered.plusSeconds(3600);

        Question answered = open().answer("Naar de kinderopvang verwezen", person, at);

        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answerNote()).isEqualTo("Naar de kinderopvang verwezen");
        assertThat(answered.closedBy()).isEqualTo(person);
        assertThat(answered.closedAt()).isEqualTo(at);
    }

    @Test
    void onlyAnOpenQuestionIsAnsweredAndOnlyAClosedOneReopened() {
        Question answered = open().answer("ok", person, registered);

        assertThatThrownBy(() -> answered.answer("again", person, registered))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("referral.question.problem.notOpen");
        assertThatThrownBy(() -> open().reopen())
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("referral.question.problem.openAlready");
        Question reopened = answered.reopen();
        assertThat(reopened.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.answerNote()).isNull();
    }

    @Test
    void aReferralClosesAnOpenOrAnsweredQuestionAndTheFirstReferralStays() {
        UUID referral = UUID.randomUUID();

        Question referred = open().answer("eerst zelf", person, registered).referred(referral, person, registered);

        assertThat(referred.status()).isEqualTo(QuestionStatus.REFERRED);
        assertThat(referred.referralId()).isEqualTo(referral);
        assertThat(referred.referred(UUID.randomUUID(), person, registered.plusSeconds(60)))
                .as("a second referral for the same question")
                .isEqualTo(referred);
    }

    @Test
    void theRegisteringAndTheOwningOrganisationSeeIt() {
        Question question = open();
        UUID newOwner = UUID.randomUUID();

        assertThat(question.visibleTo(Set.of(registering))).isTrue();
        assertThat(question.visibleTo(Set.of(owner))).isTrue();
        assertThat(question.visibleTo(Set.of(newOwner))).isFalse();
        assertThat(question.ownedBy(newOwner, null).visibleTo(Set.of(newOwner))).isTrue();
        assertThat(question.ownedBy(newOwner, null).visibleTo(Set.of(owner))).isFalse();
    }

    private Question open() {
        return new Question(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "2800",
                "nl",
                "Waar vind ik een speelpleinwerking?",
                List.of(QuestionTheme.CULTURE_SPORT_LEISURE),
                QuestionChannel.WALK_IN,
                person,
                registering,
                owner,
                person,
                QuestionStatus.OPEN,
                registered,
                null,
                null,
                null,
                null);
    }
}
