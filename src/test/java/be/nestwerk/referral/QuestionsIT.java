package be.nestwerk.referral;

import static be.nestwerk.referral.QuestionFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class QuestionsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Questions questions;

    @Autowired
    QuestionStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    Scene scene;
    UUID network;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
        network = scene.network().id();
    }

    @Test
    void registersAnAnonymousQuestionThatTheOwningOrganisationSees() {
        UUID id = QuestionFixtures.registered(context, scene, null, scene.otherOrganisation());

        Question seen = as(scene.otherProfessional(), () -> questions.question(network, id));

        assertThat(seen.anonymous()).isTrue();
        assertThat(seen.postcode()).isEqualTo("2800");
        assertThat(seen.homeLanguage()).isEqualTo("ar");
        assertThat(seen.themes()).containsExactly(QuestionTheme.CHILDCARE, QuestionTheme.PARENTING);
        assertThat(seen.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(seen.registeredBy()).isEqualTo(scene.professional().id());
        assertThat(seen.ownerOrganisation()).isEqualTo(scene.otherOrganisation());
        assertThat(actions(id)).containsExactly("QUESTION_REGISTERED");
    }

    @Test
    void registersAQuestionForAFamilyAndAuditsEveryRead() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Aerts"));
        UUID id = QuestionFixtures.registered(context, scene, family, scene.organisation());

        Question seen = as(scene.partnerAdmin(), () -> questions.question(network, id));
        Questions.ForReferral prefill = as(scene.professional(), () -> questions.forReferral(network, id));

        assertThat(seen.familyId()).isEqualTo(family);
        assertThat(seen.postcode()).as("a family's place is in its file").isNull();
        assertThat(prefill.familyId()).isEqualTo(family);
        assertThat(prefill.themes()).containsExactly(QuestionTheme.CHILDCARE, QuestionTheme.PARENTING);
        assertThat(actions(id)).containsExactly("QUESTION_REGISTERED", "QUESTION_READ", "QUESTION_READ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_READ' and entity_id = ?"
                                + " and purpose = 'QUESTION'",
                        Long.class,
                        family.toString()))
                .as("linking a family reads its file, for this purpose")
                .isEqualTo(1);
    }

    @Test
    void aQuestionCannotBeLinkedToAFamilyTheRegistrantMayNotSee() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Goossens"));
        NewQuestion question = new NewQuestion(
                scene.otherOrganisation(),
                family,
                null,
                null,
                "Vraag over opvoeding",
                List.of(QuestionTheme.PARENTING),
                QuestionChannel.PHONE,
                scene.otherOrganisation(),
                null);

        assertThatThrownBy(() -> as(scene.otherProfessional(), () -> questions.register(network, question)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from question where family_id = ?", Long.class, family))
                .isZero();
    }

    @Test
    void someoneOfAThirdOrganisationAnotherNetworkOrWithoutOrganisationIsRefusedAndAudited() {
        UUID id = QuestionFixtures.registered(context, scene, null, scene.otherOrganisation());
        PlatformFixtures platform = new PlatformFixtures(context);
        UUID third = platform.organisation(scene.network(), "CAW");
        NestwerkUser outsider = platform.principal(platform.member(scene.network(), Role.PROFESSIONAL, third));

        assertThatThrownBy(() -> as(outsider, () -> questions.question(network, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> questions.answer(network, id, "Gedaan")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        scene.foreignProfessional(),
                        () -> questions.question(scene.foreignNetwork().id(), id)))
                .as("another network's question asked under one's own network")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.volunteer(), () -> questions.question(network, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.coordinator(), () -> questions.question(network, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and entity_type ="
                                + " 'Question' and entity_id = ? and actor_id = ?",
                        Long.class,
                        id.toString(),
                        outsider.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and actor_id = ?",
                        Long.class,
                        scene.foreignProfessional().id()))
                .isEqualTo(1);
        assertThat(questionStatus(id)).isEqualTo("OPEN");
    }

    @Test
    void anAnsweredQuestionKeepsItsNoteWhoAndWhenAndCanBeReopened() {
        UUID id = QuestionFixtures.registered(context, scene, null, scene.organisation());

        as(scene.partnerAdmin(), () -> questions.answer(network, id, "Adres van het kinderdagverblijf gegeven"));
        Question answered = as(scene.professional(), () -> questions.question(network, id));

        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answerNote()).isEqualTo("Adres van het kinderdagverblijf gegeven");
        assertThat(answered.closedBy()).isEqualTo(scene.partnerAdmin().id());
        assertThat(answered.closedAt()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> as(scene.professional(), () -> questions.answer(network, id, "nog eens")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as(scene.professional(), () -> questions.answer(network, id, " ")))
                .isInstanceOf(QuestionProblems.InvalidQuestionException.class);

        as(scene.professional(), () -> questions.reopen(network, id));

        assertThat(questionStatus(id)).isEqualTo("OPEN");
        assertThat(actions(id)).containsExactly("QUESTION_REGISTERED", "QUESTION_ANSWERED", "QUESTION_REOPENED");
    }

    @Test
    void aNewOwnerSeesTheQuestionAndTheListsFilterIt() {
        UUID id = QuestionFixtures.registered(context, scene, null, scene.organisation());
        UUID mine = QuestionFixtures.registered(context, scene, null, scene.organisation());
        as(scene.professional(), () -> questions.answer(network, mine, "Beantwoord"));

        as(
                scene.professional(),
                () -> questions.changeOwner(
                        network,
                        id,
                        scene.otherOrganisation(),
                        scene.otherProfessional().id()));

        Questions.Page theirs = as(scene.otherProfessional(), () -> questions.list(network, false, null, 0, 25));
        Questions.Page theirsMine = as(scene.otherProfessional(), () -> questions.list(network, true, null, 0, 25));
        Questions.Page answered =
                as(scene.professional(), () -> questions.list(network, false, QuestionStatus.ANSWERED, 0, 25));
        assertThat(theirs.questions()).extracting(Question::id).containsExactly(id);
        assertThat(theirsMine.questions()).extracting(Question::id).containsExactly(id);
        assertThat(answered.questions()).extracting(Question::id).containsExactly(mine);
        assertThatThrownBy(() -> as(
                        scene.professional(),
                        () -> questions.changeOwner(
                                network,
                                id,
                                scene.organisation(),
                                scene.otherProfessional().id())))
                .as("the owning person works for the owning organisation")
                .isInstanceOf(QuestionProblems.InvalidQuestionException.class);
        assertThatThrownBy(() -> as(
                        scene.professional(),
                        () -> questions.changeOwner(network, id, scene.foreignOrganisation(), null)))
                .as("the owner is a partner of the network")
                .isInstanceOf(QuestionProblems.InvalidQuestionException.class);
    }

    @Test
    void markReferredClosesTheQuestionInTheReferralsTransactionOnly() {
        UUID family = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Jacobs"));
        UUID id = QuestionFixtures.registered(context, scene, family, scene.organisation());
        UUID referral = UUID.randomUUID();

        assertThatThrownBy(() -> as(scene.professional(), () -> questions.markReferred(network, id, referral)))
                .isInstanceOf(IllegalTransactionStateException.class);
        as(
                scene.professional(),
                () -> transactions.executeWithoutResult(status -> {
                    questions.markReferred(network, id, referral);
                }));

        assertThat(questionStatus(id)).isEqualTo("REFERRED");
        assertThat(jdbc.queryForObject("select referral_id from question where id = ?", UUID.class, id))
                .isEqualTo(referral);
        assertThat(actions(id)).endsWith("QUESTION_REFERRED");
    }

    @Test
    void waitingFiguresAreComputedFromTheRows() {
        Instant now = Instant.now();
        for (int days : List.of(1, 2, 3, 4, 10)) {
            insert(now.minus(Duration.ofDays(20)), days, QuestionTheme.CHILDCARE, QuestionChannel.PHONE);
        }
        insert(now.minus(Duration.ofDays(2)), -1, QuestionTheme.EDUCATION, QuestionChannel.WALK_IN);
        insert(now.minus(Duration.ofDays(20)), -1, QuestionTheme.EDUCATION, QuestionChannel.WALK_IN);
        insert(now.minus(Duration.ofDays(100)), -1, QuestionTheme.HEALTHCARE, QuestionChannel.WALK_IN);
        insert(now.minus(Duration.ofDays(800)), 3, QuestionTheme.HEALTHCARE, QuestionChannel.EMAIL);

        QuestionStatistics.Figures figures = as(scene.coordinator(), () -> statistics.of(network));

        assertThat(figures.closed())
                .as("only those closed in the last twelve months")
                .isEqualTo(5);
        assertThat(figures.medianDays()).isCloseTo(3.0, within(0.01));
        assertThat(figures.p90Days()).as("percentile_cont: 4 + 0.6 × (10 − 4)").isCloseTo(7.6, within(0.01));
        assertThat(figures.openByAge()).containsExactly(1L, 1L, 0L, 1L);
        assertThat(figures.months()).hasSize(12).last().isEqualTo(YearMonth.now(QuestionStatistics.BELGIUM));
        long childcare = figures.themesByMonth().get(QuestionTheme.CHILDCARE).stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(childcare).isEqualTo(5);
        assertThat(figures.themesByMonth().get(QuestionTheme.HEALTHCARE).stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the question of 800 days ago is not in the last twelve months")
                .isEqualTo(1);
        assertThat(figures.channels().get(QuestionChannel.PHONE)).isEqualTo(5);
        assertThat(figures.channels().get(QuestionChannel.EMAIL)).isZero();
        assertThat(as(scene.partnerAdmin(), () -> statistics.of(network)).closed())
                .isEqualTo(5);
        assertThatThrownBy(() -> as(scene.professional(), () -> statistics.of(network)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rowLevelSecurityHidesAndRefusesAnotherNetworksQuestions() {
        UUID own = QuestionFixtures.registered(context, scene, null, scene.organisation());
        FamilyScope scope = context.getBean(FamilyScope.class);

        List<UUID> seenFromForeign = transactions.execute(status -> {
            scope.enter(scene.foreignNetwork().id());
            return jdbc.queryForList("select id from question", UUID.class);
        });
        Long seenFromOwn = transactions.execute(status -> {
            scope.enter(network);
            return jdbc.queryForObject("select count(*) from question where id = ?", Long.class, own);
        });

        assertThat(seenFromForeign).doesNotContain(own);
        assertThat(seenFromOwn).isEqualTo(1);
        assertThatThrownBy(() -> transactions.execute(status -> {
                    scope.enter(scene.foreignNetwork().id());
                    return jdbc.update(
                            "insert into question (id, network_id, text, themes, channel, registered_by,"
                                    + " registered_by_organisation, owner_organisation, status, registered_at,"
                                    + " updated_at) values (?, ?, 'Smuggled', '{CHILDCARE}', 'PHONE', ?, ?, ?, 'OPEN',"
                                    + " now(), now())",
                            UUID.randomUUID(),
                            network,
                            scene.professional().id(),
                            scene.organisation(),
                            scene.organisation());
                }))
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
    }

    private void insert(Instant registered, int closedAfterDays, QuestionTheme theme, QuestionChannel channel) {
        jdbc.update(
                "insert into question (id, network_id, text, themes, channel, registered_by, registered_by_organisation,"
                        + " owner_organisation, status, registered_at, closed_at, updated_at) values"
                        + " (?, ?, 'Vraag', cast(? as text[]), ?, ?, ?, ?, ?, ?, ?, now())",
                UUID.randomUUID(),
                network,
                new String[] {theme.name()},
                channel.name(),
                scene.professional().id(),
                scene.organisation(),
                scene.organisation(),
                closedAfterDays < 0 ? "OPEN" : "ANSWERED",
                Timestamp.from(registered),
                closedAfterDays < 0 ? null : Timestamp.from(registered.plus(Duration.ofDays(closedAfterDays))));
    }

    private String questionStatus(UUID id) {
        return jdbc.queryForObject("select status from question where id = ?", String.class, id);
    }

    private List<String> actions(UUID id) {
        return jdbc.queryForList(
                "select action from audit_event where entity_type = 'Question' and entity_id = ? and action not like"
                        + " '%DENIED' order by id",
                String.class, id.toString());
    }
}
