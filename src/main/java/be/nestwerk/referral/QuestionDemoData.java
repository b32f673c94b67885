package be.nestwerk.referral;

import be.nestwerk.platform.demo.DemoDataStep;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ActingAs;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fictional questions (some answered, spread over the past months) and material support contacts in Mechelen, so that
 * the questions pages and the network's figures have something to show. Registered through the services as the
 * Mechelen professional; only the dates are set back afterwards.
 */
@Component
@Profile("demo")
@Order(40)
class QuestionDemoData implements DemoDataStep {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";

    private final Questions questions;
    private final MaterialSupports supports;
    private final NetworkDirectory directory;
    private final NetworkAccess access;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    QuestionDemoData(
            Questions questions,
            MaterialSupports supports,
            NetworkDirectory directory,
            NetworkAccess access,
            Accounts accounts,
            ActingAs actingAs,
            JdbcTemplate jdbc,
            Clock clock) {
        this.questions = questions;
        this.supports = supports;
        this.directory = directory;
        this.access = access;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Example(
            String text,
            List<QuestionTheme> themes,
            QuestionChannel channel,
            boolean forFamily,
            int daysAgo,
            int answeredAfterDays) {}

    private static final List<Example> EXAMPLES = List.of(
            new Example(
                    "Mama zoekt kinderopvang voor haar dochter vanaf september, liefst dicht bij huis.",
                    List.of(QuestionTheme.CHILDCARE),
                    QuestionChannel.WALK_IN,
                    true,
                    200,
                    6),
            new Example(
                    "Papa vraagt waar hij terechtkan met vragen over het slapen van zijn baby.",
                    List.of(QuestionTheme.PARENTING, QuestionTheme.HEALTHCARE),
                    QuestionChannel.PHONE,
                    false,
                    150,
                    2),
            new Example(
                    "Gezin heeft moeite om de schoolfactuur te betalen.",
                    List.of(QuestionTheme.SOCIO_ECONOMIC, QuestionTheme.EDUCATION),
                    QuestionChannel.ACTIVITY,
                    false,
                    95,
                    14),
            new Example(
                    "Ouders zoeken een sportclub voor hun zoon die weinig buiten komt.",
                    List.of(QuestionTheme.CULTURE_SPORT_LEISURE),
                    QuestionChannel.EMAIL,
                    false,
                    60,
                    30),
            new Example(
                    "Mama voelt zich eenzaam sinds de verhuis en zoekt contact met andere ouders.",
                    List.of(QuestionTheme.SOCIAL_COHESION, QuestionTheme.MENTAL_WELLBEING),
                    QuestionChannel.HOME_VISIT,
                    true,
                    40,
                    -1),
            new Example(
                    "Vraag naar hulp bij het invullen van de aanvraag voor het groeipakket.",
                    List.of(QuestionTheme.PRACTICAL_SUPPORT, QuestionTheme.SOCIO_ECONOMIC),
                    QuestionChannel.WALK_IN,
                    false,
                    12,
                    -1),
            new Example(
                    "Ouders maken zich zorgen over de taalontwikkeling van hun peuter.",
                    List.of(QuestionTheme.EDUCATION, QuestionTheme.HEALTHCARE),
                    QuestionChannel.PHONE,
                    false,
                    3,
                    -1));

    @Override
    public void load() {
        NetworkRef mechelen = directory.findBySlug(MECHELEN).orElse(null);
        if (mechelen == null) {
            return;
        }
        Integer existing =
                jdbc.queryForObject("select count(*) from question where network_id = ?", Integer.class, mechelen.id());
        if (existing != null && existing > 0) {
            return;
        }
        UUID professional = accounts.findByEmail("professional@mechelen.example.org")
                .orElseThrow()
                .id();
        UUID family = jdbc
                .queryForList(
                        "select id from family where network_id = ? and anonymised_at is null order by created_at",
                        UUID.class,
                        mechelen.id())
                .stream()
                .findFirst()
                .orElse(null);
        actingAs.run(professional, () -> {
            UUID organisation = access.organisationsIn(mechelen.id()).iterator().next();
            Instant now = clock.instant();
            for (Example example : EXAMPLES) {
                UUID familyId = example.forFamily() ? family : null;
                UUID id = questions.register(
                        mechelen.id(),
                        new NewQuestion(
                                organisation,
                                familyId,
                                familyId == null ? "2800" : null,
                                "nl",
                                example.text(),
                                example.themes(),
                                example.channel(),
                                organisation,
                                professional));
                if (example.answeredAfterDays() >= 0) {
                    questions.answer(mechelen.id(), id, "Doorgegeven wie het gezin hierbij kan helpen.");
                }
                backdate(id, now, example);
            }
            supports.register(mechelen.id(), support(organisation, family, MaterialSupportKind.NAPPY_BANK, now, 5));
            supports.register(mechelen.id(), support(organisation, null, MaterialSupportKind.SCHOOL_SUPPLIES, now, 20));
            supports.register(mechelen.id(), support(organisation, null, MaterialSupportKind.FOOD, now, 2));
        });
    }

    private void backdate(UUID question, Instant now, Example example) {
        Instant registered = now.minus(Duration.ofDays(example.daysAgo()));
        jdbc.update(
                "update question set registered_at = ?, closed_at = case when status = 'OPEN' then null else cast(? as timestamptz) end"
                        + " where id = ?",
                Timestamp.from(registered),
                Timestamp.from(registered.plus(Duration.ofDays(Math.max(0, example.answeredAfterDays())))),
                question);
    }

    private NewMaterialSupport support(
            UUID organisation, @Nullable UUID family, MaterialSupportKind kind, Instant now, int daysAgo) {
        return new NewMaterialSupport(
                organisation,
                family,
                family == null ? "2800" : null,
                kind,
                LocalDate.ofInstant(now, QuestionStatistics.BELGIUM).minusDays(daysAgo),
                null);
    }
}
