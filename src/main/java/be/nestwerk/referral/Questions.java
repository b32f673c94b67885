package be.nestwerk.referral;

import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions families bring to any partner ("no wrong door"). A question linked to a family is personal data: its
 * reads and every write are audited in the same transaction, and every transaction runs under row-level security.
 */
@Service
@Transactional
class Questions {

    static final String TYPE = "Question";
    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 1000;
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final QuestionStore store;
    private final QuestionAccess access;
    private final FamilyRegistry families;
    private final FamilyScope scope;
    private final AuditLog audit;
    private final Clock clock;

    Questions(
            QuestionStore store,
            QuestionAccess access,
            FamilyRegistry families,
            FamilyScope scope,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.families = families;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a warm referral takes over from the question it starts from. */
    record ForReferral(@Nullable UUID familyId, List<QuestionTheme> themes) {

        ForReferral {
            themes = List.copyOf(themes);
        }
    }

    /** One page of the questions a person sees; page counted from 0. */
    record Page(List<Question> questions, int page, int size, long total) {

        Page {
            questions = List.copyOf(questions);
        }
    }

    /**
     * Registers a question for an organisation the current person works for; a family it is linked to must be one the
     * person may see.
     *
     * @throws QuestionProblems.InvalidQuestionException with every problem of the data
     */
    UUID register(UUID networkId, NewQuestion question) {
        access.requireStaffOf(networkId, question.organisation(), TYPE);
        NestwerkUser user = CurrentUser.require();
        QuestionProblems problems = check(question);
        checkOwner(networkId, question.ownerOrganisation(), question.ownerPerson(), problems);
        problems.throwIfAny();
        if (question.familyId() != null) {
            families.file(networkId, question.familyId(), "QUESTION");
        }
        scope.enter(networkId);
        Instant now = clock.instant();
        Question created = new Question(
                UUID.randomUUID(),
                networkId,
                question.familyId(),
                question.familyId() == null ? blankToNull(question.postcode()) : null,
                blankToNull(question.homeLanguage()),
                question.text().strip(),
                question.themes(),
                question.channel(),
                user.id(),
                question.organisation(),
                question.ownerOrganisation(),
                question.ownerPerson(),
                QuestionStatus.OPEN,
                now,
                null,
                null,
                null,
                null);
        store.insert(created, now);
        audit.personalData(
                networkId,
                AuditAction.QUESTION_REGISTERED,
                TYPE,
                created.id(),
                "QUESTION",
                (created.anonymous() ? "Anonymous" : "For family " + created.familyId()) + ", themes "
                        + created.themes());
        return created.id();
    }

    /** A question, for staff of its registering or owning organisation; the read is audited when it has a family. */
    Question question(UUID networkId, UUID questionId) {
        Question question = visible(networkId, questionId, "QUESTION");
        if (!question.anonymous()) {
            audit.personalData(networkId, AuditAction.QUESTION_READ, TYPE, questionId, "QUESTION", "Question read");
        }
        return question;
    }

    /** A page of the questions of the current person's organisations, or only their own; the listing is audited. */
    Page list(UUID networkId, boolean mine, @Nullable QuestionStatus status, int page, int size) {
        Set<UUID> organisations = access.requireStaff(networkId, TYPE, "LIST");
        NestwerkUser user = CurrentUser.require();
        scope.enter(networkId);
        QuestionStore.Filter filter = new QuestionStore.Filter(organisations, mine ? user.id() : null, status);
        long total = store.count(filter);
        List<Question> questions = store.page(filter, size, (long) page * size);
        audit.personalData(
                networkId, AuditAction.QUESTION_LISTED, TYPE, "*", "LIST", "Listed " + questions.size() + " questions");
        return new Page(questions, page, size, total);
    }

    void answer(UUID networkId, UUID questionId, String note) {
        Question question = visible(networkId, questionId, "ANSWER");
        if (note.isBlank() || note.strip().length() > MAX_NOTE) {
            new QuestionProblems()
                    .add("answerNote", "referral.question.problem.note", MAX_NOTE)
                    .throwIfAny();
        }
        Question answered = question.answer(note.strip(), CurrentUser.require().id(), clock.instant());
        store.update(answered, clock.instant());
        audit.personalData(networkId, AuditAction.QUESTION_ANSWERED, TYPE, questionId, "ANSWER", "Answered");
    }

    void reopen(UUID networkId, UUID questionId) {
        Question question = visible(networkId, questionId, "REOPEN");
        store.update(question.reopen(), clock.instant());
        audit.personalData(
                networkId,
                AuditAction.QUESTION_REOPENED,
                TYPE,
                questionId,
                "REOPEN",
                "Reopened (was " + question.status() + ")");
    }

    /** Hands the question to another organisation of the network, or to a person of it. */
    void changeOwner(UUID networkId, UUID questionId, UUID organisation, @Nullable UUID person) {
        access.requireStaff(networkId, TYPE, "OWNER");
        QuestionProblems problems = new QuestionProblems();
        checkOwner(networkId, organisation, person, problems);
        problems.throwIfAny();
        Question question = visible(networkId, questionId, "OWNER");
        store.update(question.ownedBy(organisation, person), clock.instant());
        audit.personalData(
                networkId,
                AuditAction.QUESTION_OWNER_CHANGED,
                TYPE,
                questionId,
                "OWNER",
                "Owner " + question.ownerOrganisation() + " → " + organisation);
    }

    /** For the warm-referral code: the question is taken on by this referral, in the referral's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void markReferred(UUID networkId, UUID questionId, UUID referralId) {
        Question question = visible(networkId, questionId, "REFERRAL");
        store.update(
                question.referred(
                        referralId, CurrentUser.get().map(NestwerkUser::id).orElse(null), clock.instant()),
                clock.instant());
        audit.personalData(
                networkId, AuditAction.QUESTION_REFERRED, TYPE, questionId, "REFERRAL", "Referral " + referralId);
    }

    /** For the warm-referral form: the family (if any) and themes of a question the current person sees. */
    ForReferral forReferral(UUID networkId, UUID questionId) {
        Question question = visible(networkId, questionId, "REFERRAL");
        if (!question.anonymous()) {
            audit.personalData(
                    networkId, AuditAction.QUESTION_READ, TYPE, questionId, "REFERRAL", "Read to prefill a referral");
        }
        return new ForReferral(question.familyId(), question.themes());
    }

    private Question visible(UUID networkId, UUID questionId, String purpose) {
        Set<UUID> organisations = access.requireStaff(networkId, TYPE, purpose);
        scope.enter(networkId);
        Question question = store.find(questionId).orElse(null);
        if (question == null || !question.visibleTo(organisations)) {
            throw access.denied(
                    networkId, TYPE, questionId, purpose, question == null ? "unknown" : "not registering nor owner");
        }
        return question;
    }

    private static QuestionProblems check(NewQuestion question) {
        QuestionProblems problems = new QuestionProblems();
        if (question.text().isBlank() || question.text().strip().length() > MAX_TEXT) {
            problems.add("text", "referral.question.problem.text", MAX_TEXT);
        }
        if (question.themes().isEmpty()) {
            problems.add("themes", "referral.question.problem.themes");
        }
        String postcode = blankToNull(question.postcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            problems.add("postcode", "referral.question.problem.postcode");
        }
        String language = blankToNull(question.homeLanguage());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.add("homeLanguage", "referral.question.problem.language", language);
        }
        return problems;
    }

    private void checkOwner(UUID networkId, UUID organisation, @Nullable UUID person, QuestionProblems problems) {
        if (!access.isPartner(networkId, organisation)) {
            problems.add("ownerOrganisation", "referral.question.problem.owner");
        } else if (person != null && !access.isStaffOf(networkId, organisation, person)) {
            problems.add("ownerPerson", "referral.question.problem.ownerPerson");
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
