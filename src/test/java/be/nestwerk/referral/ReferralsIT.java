package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.ConsentLinks;
import be.nestwerk.family.ConsentMissingException;
import be.nestwerk.family.Consents;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@NestwerkIntegrationTest
class ReferralsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Referrals referrals;

    @Autowired
    Consents consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    ReferralScene scene;

    @BeforeEach
    void scene() {
        scene = ReferralFixtures.scene(context);
    }

    @Test
    void theSenderSeesTheLoopClosedStepByStepWithWhoAndWhen() {
        UUID id = ReferralFixtures.sent(context, scene);

        ReferralView received = as(scene.receiver(), () -> referrals.view(scene.networkId(), id));
        step(scene.receiver(), id, Referral.Step.to(ReferralStatus.ACCEPTED));
        step(scene.receiver(), id, Referral.Step.to(ReferralStatus.CONTACT_MADE));
        step(
                scene.receiver(),
                id,
                new Referral.Step(ReferralStatus.CLOSED, ReferralOutcome.GOT_HELP, null, "Start in januari"));
        ReferralView sender = as(scene.sender(), () -> referrals.view(scene.networkId(), id));

        assertThat(received.side()).isEqualTo(ReferralSide.RECEIVER);
        assertThat(received.referral().status()).as("opening is a step").isEqualTo(ReferralStatus.OPENED);
        assertThat(received.family().name()).isEqualTo("Vermeulen");
        assertThat(sender.side()).isEqualTo(ReferralSide.SENDER);
        assertThat(sender.referral().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(sender.referral().outcome()).isEqualTo(ReferralOutcome.GOT_HELP);
        assertThat(sender.steps())
                .extracting(ReferralStep::status)
                .containsExactly(
                        ReferralStatus.SENT,
                        ReferralStatus.OPENED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.CONTACT_MADE,
                        ReferralStatus.CLOSED);
        assertThat(sender.steps().get(0).byAccount()).isEqualTo(scene.sender().id());
        assertThat(sender.steps().get(4).byAccount()).isEqualTo(scene.receiver().id());
        assertThat(sender.steps().get(4).byOrganisation())
                .isEqualTo(scene.family().otherOrganisation());
        assertThat(sender.steps().get(4).note()).isEqualTo("Start in januari");
    }

    @Test
    void refusesReferralWithoutConsentAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> as(
                        scene.sender(),
                        () -> referrals.send(
                                scene.networkId(), ReferralFixtures.referralTo(scene, scene.thirdOrganisation()))))
                .isInstanceOfSatisfying(ConsentMissingException.class, missing -> {
                    assertThat(missing.organisationId()).isEqualTo(scene.thirdOrganisation());
                    assertThat(missing.familyId()).isEqualTo(scene.familyId());
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral where family_id = ?", Long.class, scene.familyId()))
                .isZero();
    }

    @Test
    void revokingConsentImmediatelyRemovesTheReceiversAccess() {
        UUID id = ReferralFixtures.sent(context, scene);
        as(scene.receiver(), () -> referrals.view(scene.networkId(), id));

        as(scene.sender(), () -> {
            consents.revoke(scene.networkId(), scene.familyId(), scene.consentId());
            return null;
        });

        assertThatThrownBy(() -> as(scene.receiver(), () -> referrals.view(scene.networkId(), id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> step(scene.receiver(), id, Referral.Step.to(ReferralStatus.ACCEPTED)))
                .isInstanceOf(AccessDeniedException.class);
        ReferralView closed = as(scene.sender(), () -> referrals.view(scene.networkId(), id));
        assertThat(closed.referral().status())
                .as("the referral rested on the consent: it ends with it, and the sender sees so")
                .isEqualTo(ReferralStatus.REVOKED);
        assertThat(closed.steps().get(closed.steps().size() - 1).byAccount())
                .isEqualTo(scene.sender().id());
        assertThat(deniedCount(id, scene.receiver())).isEqualTo(2);
        assertThat(as(scene.receiver(), () -> referrals.page(scene.networkId(), ReferralSide.RECEIVER, 0, 25)))
                .as("the list keeps the referral but no longer names the family")
                .satisfies(page -> {
                    assertThat(page.referrals()).extracting(Referral::id).containsExactly(id);
                    assertThat(page.familyNames()).isEmpty();
                });
    }

    @Test
    void aConsentWithdrawnThroughTheFamilysPersonalLinkEndsTheWaitingReferral() {
        UUID id = ReferralFixtures.sent(context, scene);
        ConsentLinks links = context.getBean(ConsentLinks.class);
        String token = as(scene.sender(), () -> links.issue(scene.networkId(), scene.familyId()));

        assertThat(links.revoke(token, scene.consentId())).isTrue();

        ReferralView view = as(scene.sender(), () -> referrals.view(scene.networkId(), id));
        assertThat(view.referral().status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(view.steps().get(view.steps().size() - 1).byAccount())
                .as("the family itself")
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient = ? and subject like '%Ingetrokken%'"
                                + " and body like ?",
                        Long.class, scene.receiver().email(), "%/referrals/" + id + "%"))
                .as("the receiving partner is told")
                .isEqualTo(1);
    }

    @Test
    void everyReadWritesAnAuditEntryWithItsPurpose() {
        UUID id = ReferralFixtures.sent(context, scene);

        as(scene.sender(), () -> referrals.view(scene.networkId(), id));
        as(scene.sender(), () -> referrals.view(scene.networkId(), id));

        List<String> purposes = jdbc.queryForList(
                "select purpose from audit_event where action = 'REFERRAL_READ' and entity_id = ? and actor_id = ?",
                String.class,
                id.toString(),
                scene.sender().id());
        assertThat(purposes).containsExactly("REFERRAL", "REFERRAL");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'REFERRAL_SENT' and entity_id = ?",
                        Long.class,
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void othersAreRefusedAndAuditedAlsoForIdsThatDoNotExist() {
        UUID id = ReferralFixtures.sent(context, scene);
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> as(scene.thirdProfessional(), () -> referrals.view(scene.networkId(), id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.thirdProfessional(), () -> referrals.view(scene.networkId(), unknown)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.family().volunteer(), () -> referrals.view(scene.networkId(), id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        scene.family().foreignProfessional(),
                        () -> referrals.view(scene.family().foreignNetwork().id(), id)))
                .as("a foreign network's referral")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(deniedCount(id, scene.thirdProfessional())).isEqualTo(1);
        assertThat(deniedCount(unknown, scene.thirdProfessional())).isEqualTo(1);
        assertThat(deniedCount(id, scene.family().foreignProfessional())).isEqualTo(1);
    }

    @Test
    void eachSideTakesOnlyItsOwnSteps() {
        UUID id = ReferralFixtures.sent(context, scene);

        assertThatThrownBy(() -> step(scene.sender(), id, Referral.Step.to(ReferralStatus.ACCEPTED)))
                .as("the sender cannot accept for the receiver")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> step(scene.receiver(), id, Referral.Step.to(ReferralStatus.REVOKED)))
                .as("the receiver cannot revoke")
                .isInstanceOf(AccessDeniedException.class);

        step(scene.sender(), id, new Referral.Step(ReferralStatus.REVOKED, null, null, "Gezin verhuist"));

        assertThatThrownBy(() -> step(scene.receiver(), id, Referral.Step.to(ReferralStatus.ACCEPTED)))
                .isInstanceOf(IllegalStepException.class);
    }

    @Test
    void aStepOnAnOldPageIsRefusedInsteadOfOverwritingAColleaguesStep() {
        UUID id = ReferralFixtures.sent(context, scene);
        long seen = as(scene.sender(), () -> referrals.view(scene.networkId(), id))
                .referral()
                .version();
        step(scene.receiver(), id, Referral.Step.to(ReferralStatus.ACCEPTED));

        assertThatThrownBy(() -> as(scene.sender(), () -> {
                    referrals.step(scene.networkId(), id, seen, Referral.Step.to(ReferralStatus.REVOKED));
                    return null;
                }))
                .isInstanceOf(ReferralMovedMeanwhileException.class);
    }

    @Test
    void theSameFormSentTwiceMakesOneReferral() {
        NewReferral referral = ReferralFixtures.referralTo(scene, scene.family().otherOrganisation());

        UUID first = as(scene.sender(), () -> referrals.send(scene.networkId(), referral));
        UUID again = as(scene.sender(), () -> referrals.send(scene.networkId(), referral));

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral where family_id = ?", Long.class, scene.familyId()))
                .isEqualTo(1);
    }

    @Test
    void aQuestionWarmlyReferredIsNoLongerOpen() {
        Questions questions = context.getBean(Questions.class);
        UUID question = as(
                scene.sender(),
                () -> questions.register(
                        scene.networkId(),
                        new NewQuestion(
                                scene.family().organisation(),
                                scene.familyId(),
                                null,
                                null,
                                "Waar vind ik opvang voor twee halve dagen?",
                                List.of(QuestionTheme.CHILDCARE),
                                QuestionChannel.WALK_IN,
                                scene.family().organisation(),
                                null)));
        NewReferral fromQuestion =
                ReferralFixtures.referralTo(scene, scene.family().otherOrganisation());
        NewReferral referral = new NewReferral(
                fromQuestion.familyId(),
                fromQuestion.requestId(),
                fromQuestion.fromOrganisation(),
                fromQuestion.toOrganisation(),
                fromQuestion.request(),
                fromQuestion.warm(),
                question,
                null);

        UUID id = as(scene.sender(), () -> referrals.send(scene.networkId(), referral));

        Question after = as(scene.sender(), () -> questions.question(scene.networkId(), question));
        assertThat(after.status()).isEqualTo(QuestionStatus.REFERRED);
        assertThat(after.referralId()).isEqualTo(id);
    }

    @Test
    void pointsToAPublishedOfferOfTheReceivingPartnerOnly() {
        UUID ocmwOffer = published(scene.family().otherOrganisation(), "Babbelcafé voor ouders");
        UUID ownOffer = published(scene.family().organisation(), "Consultatiebureau");
        NewReferral plain = ReferralFixtures.referralTo(scene, scene.family().otherOrganisation());

        UUID id = as(scene.sender(), () -> referrals.send(scene.networkId(), withOffer(plain, ocmwOffer)));

        assertThat(as(scene.sender(), () -> referrals.view(scene.networkId(), id))
                        .referral()
                        .offerId())
                .isEqualTo(ocmwOffer);
        assertThat(as(scene.sender(), () -> referrals.draft(scene.networkId(), scene.familyId()))
                        .offers())
                .as("the form offers what the consented partners published")
                .extracting(be.nestwerk.offer.OfferChoice::id)
                .contains(ocmwOffer)
                .doesNotContain(ownOffer);
        assertThatThrownBy(() -> as(
                        scene.sender(),
                        () -> referrals.send(
                                scene.networkId(),
                                withOffer(
                                        ReferralFixtures.referralTo(
                                                scene, scene.family().otherOrganisation()),
                                        ownOffer))))
                .isInstanceOfSatisfying(
                        InvalidReferralException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(problem -> problem.field())
                                .containsExactly("offer"));
    }

    private UUID published(UUID organisation, String name) {
        be.nestwerk.offer.OfferCatalogue catalogue = context.getBean(be.nestwerk.offer.OfferCatalogue.class);
        return as(scene.family().coordinator(), () -> {
            UUID offer = catalogue.create(
                    scene.networkId(),
                    organisation,
                    be.nestwerk.offer.OfferFixtures.activity(
                            name, java.time.LocalDate.now().plusDays(3)));
            catalogue.submit(scene.networkId(), offer);
            catalogue.publish(scene.networkId(), offer);
            return offer;
        });
    }

    private static NewReferral withOffer(NewReferral referral, UUID offer) {
        return new NewReferral(
                referral.familyId(),
                referral.requestId(),
                referral.fromOrganisation(),
                referral.toOrganisation(),
                referral.request(),
                referral.warm(),
                null,
                null,
                offer);
    }

    @Test
    void refusesAnIncompleteReferralWithEveryProblem() {
        NewReferral empty = new NewReferral(
                scene.familyId(),
                UUID.randomUUID(),
                scene.family().organisation(),
                scene.family().organisation(),
                new ReferralRequest(" ", "", null, false, "x".repeat(501), null),
                new WarmHandover(false, false, false, null),
                null,
                null);

        assertThatThrownBy(() -> as(scene.sender(), () -> referrals.send(scene.networkId(), empty)))
                .isInstanceOfSatisfying(
                        InvalidReferralException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(problem -> problem.field())
                                .containsExactlyInAnyOrder("toOrganisation", "reason", "familyWishes", "contactRoute"));
    }

    @Test
    void listsTheReferralsOfEachSidePaged() {
        UUID id = ReferralFixtures.sent(context, scene);

        ReferralPage sent = as(scene.sender(), () -> referrals.page(scene.networkId(), ReferralSide.SENDER, 0, 25));
        ReferralPage received =
                as(scene.receiver(), () -> referrals.page(scene.networkId(), ReferralSide.RECEIVER, 0, 25));
        ReferralPage third =
                as(scene.thirdProfessional(), () -> referrals.page(scene.networkId(), ReferralSide.RECEIVER, 0, 25));

        assertThat(sent.referrals()).extracting(Referral::id).containsExactly(id);
        assertThat(received.referrals()).extracting(Referral::id).containsExactly(id);
        assertThat(sent.familyNames()).containsEntry(scene.familyId(), "Vermeulen");
        assertThat(received.familyNames()).containsEntry(scene.familyId(), "Vermeulen");
        assertThat(third.total()).isZero();
    }

    @Test
    void rowLevelSecurityHidesReferralsOfOtherNetworks() {
        UUID id = ReferralFixtures.sent(context, scene);
        FamilyScope scope = context.getBean(FamilyScope.class);

        Long fromForeign = transactions.execute(status -> {
            scope.enter(scene.family().foreignNetwork().id());
            return jdbc.queryForObject("select count(*) from referral where id = ?", Long.class, id);
        });
        Long stepsFromForeign = transactions.execute(status -> {
            scope.enter(scene.family().foreignNetwork().id());
            return jdbc.queryForObject("select count(*) from referral_step where referral_id = ?", Long.class, id);
        });
        Long fromOwn = transactions.execute(status -> {
            scope.enter(scene.networkId());
            return jdbc.queryForObject("select count(*) from referral where id = ?", Long.class, id);
        });

        assertThat(fromForeign).isZero();
        assertThat(stepsFromForeign).isZero();
        assertThat(fromOwn).isEqualTo(1);
    }

    private long deniedCount(UUID id, NestwerkUser actor) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'FAMILY_ACCESS_DENIED' and entity_id = ?"
                        + " and actor_id = ?",
                Long.class,
                id.toString(),
                actor.id());
        return count == null ? 0 : count;
    }

    private void step(NestwerkUser user, UUID id, Referral.Step step) {
        as(user, () -> {
            long version = as(user, () -> currentVersion(id));
            referrals.step(scene.networkId(), id, version, step);
            return null;
        });
    }

    private long currentVersion(UUID id) {
        Long version = jdbc.queryForObject("select version from referral where id = ?", Long.class, id);
        return version == null ? 0 : version;
    }

    private static <T> T as(NestwerkUser user, Supplier<T> action) {
        return actingAs(user, action);
    }
}
