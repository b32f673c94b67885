package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@NestwerkIntegrationTest
class ReviewDueCheckIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewDueCheck check;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
    }

    @Test
    void remindsTheOwnersPartnerAdminsAndTheCoordinatorsOnceWithALinkToTheOffer() throws Exception {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Opvoedingsspreekuur"));
        notReviewedSince(id, today().minusMonths(12).minusDays(1));

        check.remindDue();

        for (NestwerkUser recipient : List.of(scene.writer(), scene.coordinator())) {
            MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, recipient.email());
            assertThat(mail.getSubject()).isEqualTo("Klopt dit aanbod nog? Opvoedingsspreekuur");
            assertThat(ReceivedMail.text(mail))
                    .contains(
                            recipient.displayName(),
                            "Opvoedingsspreekuur",
                            scene.network().name())
                    .contains(organisationName());
            assertThat(ReceivedMail.linkIn(mail, "/n/"))
                    .isEqualTo("/n/" + scene.network().slug() + "/offers/" + id);
        }
        for (NestwerkUser bystander :
                List.of(scene.professional(), scene.otherWriter(), scene.volunteer(), scene.foreignCoordinator())) {
            assertThat(mailsTo(bystander)).as(bystander.email()).isZero();
        }
        assertThat(jdbc.queryForObject("select review_reminder_sent_on from offer where id = ?", LocalDate.class, id))
                .isEqualTo(today());
    }

    @Test
    void eachRecipientIsAskedInTheLanguageOfTheirAccount() throws Exception {
        accounts.preferLanguage(scene.coordinator().id(), "fr");
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Babbelcafé"));
        notReviewedSince(id, today().minusMonths(13));

        check.remindDue();

        assertThat(ReceivedMail.awaitMailTo(greenMail, scene.coordinator().email())
                        .getSubject())
                .isEqualTo("Cette offre est-elle toujours correcte ? Babbelcafé");
        assertThat(ReceivedMail.awaitMailTo(greenMail, scene.writer().email()).getSubject())
                .as("no choice made: Dutch")
                .isEqualTo("Klopt dit aanbod nog? Babbelcafé");
    }

    @Test
    void aSecondRunSendsNothingMoreAndAConfirmationReArmsTheReminder() {
        UUID id = OfferFixtures.published(context, scene, OfferFixtures.service("Ontmoetingsmoment"));
        notReviewedSince(id, today().minusMonths(14));

        check.remindDue();
        check.remindDue();

        assertThat(mailsTo(scene.coordinator())).isOne();
        assertThat(mailsTo(scene.writer())).isOne();

        actingAs(scene.writer(), () -> {
            catalogue.confirmStillCorrect(scene.network().id(), id);
            return null;
        });
        assertThat(jdbc.queryForObject("select review_reminder_sent_on from offer where id = ?", LocalDate.class, id))
                .isNull();
        check.remindDue();
        assertThat(mailsTo(scene.coordinator())).as("just confirmed: not due").isOne();

        notReviewedSince(id, today().minusMonths(13));
        check.remindDue();
        assertThat(mailsTo(scene.coordinator())).isEqualTo(2);
        assertThat(mailsTo(scene.writer())).isEqualTo(2);
    }

    @Test
    void anOfferReviewedLessThanTwelveMonthsAgoOrNotPublishedIsNotDue() {
        UUID recent = OfferFixtures.published(context, scene, OfferFixtures.service("Recent nagekeken"));
        notReviewedSince(recent, today().minusMonths(12).plusDays(1));
        UUID draft = actingAs(
                scene.writer(),
                () -> catalogue.create(scene.network().id(), scene.organisation(), OfferFixtures.service("Ontwerp")));
        notReviewedSince(draft, today().minusYears(3));

        check.remindDue();

        assertThat(mailsTo(scene.coordinator())).isZero();
        assertThat(jdbc.queryForList(
                        "select review_reminder_sent_on from offer where id in (?, ?)", LocalDate.class, recent, draft))
                .containsOnlyNulls();
    }

    @Test
    void twoInstancesCheckingAtOnceRemindAboutEachOfferOnlyOnce() {
        List<UUID> offers = IntStream.range(0, 6)
                .mapToObj(i -> OfferFixtures.published(context, scene, OfferFixtures.service("Aanbod " + i)))
                .toList();
        offers.forEach(id -> notReviewedSince(id, today().minusMonths(15)));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(check::remindDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(check::remindDue);
        CompletableFuture.allOf(first, second).join();

        assertThat(mailsTo(scene.coordinator())).isEqualTo(offers.size());
        assertThat(mailsTo(scene.writer())).isEqualTo(offers.size());
    }

    private void notReviewedSince(UUID offerId, LocalDate day) {
        jdbc.update("update offer set last_reviewed_on = ? where id = ?", day, offerId);
    }

    private long mailsTo(NestwerkUser person) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, person.email());
    }

    private String organisationName() {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, scene.organisation());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }
}
