package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyErasure;
import be.nestwerk.referral.ReferralFixtures.ReferralScene;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasing a family also erases what its referrals, questions and material support say, in the same transaction. */
@NestwerkIntegrationTest
class ReferralErasureIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void erasingAFamilyAnonymisesItsReferralsQuestionsAndSupportButKeepsTheCounts() {
        ReferralScene scene = ReferralFixtures.scene(context);
        UUID referral = ReferralFixtures.sent(context, scene);
        actingAs(scene.receiver(), () -> {
            context.getBean(Referrals.class)
                    .step(
                            scene.networkId(),
                            referral,
                            0,
                            new Referral.Step(
                                    ReferralStatus.DECLINED, null, DeclineReason.OTHER, "Mama Vermeulen belde af"));
            return null;
        });
        UUID question = actingAs(
                scene.sender(),
                () -> context.getBean(Questions.class)
                        .register(
                                scene.networkId(),
                                new NewQuestion(
                                        scene.family().organisation(),
                                        scene.familyId(),
                                        null,
                                        null,
                                        "Vermeulen zoekt een huisarts",
                                        List.of(QuestionTheme.HEALTHCARE),
                                        QuestionChannel.PHONE,
                                        scene.family().organisation(),
                                        null)));

        actingAs(scene.sender(), () -> {
            context.getBean(FamilyErasure.class).erase(scene.networkId(), scene.familyId());
            return null;
        });

        Map<String, Object> row = jdbc.queryForMap(
                "select reason, family_wishes, contact_route, warm_note, status, to_organisation from referral"
                        + " where id = ?",
                referral);
        assertThat(row.get("reason")).isEqualTo("—");
        assertThat(row.get("family_wishes")).isEqualTo("—");
        assertThat(row.get("contact_route")).isNull();
        assertThat(row.get("warm_note")).isNull();
        assertThat(row.get("status")).as("the counts stay").isEqualTo("DECLINED");
        assertThat(row.get("to_organisation")).isEqualTo(scene.family().otherOrganisation());
        assertThat(jdbc.queryForList("select note from referral_step where referral_id = ?", String.class, referral))
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject("select text from question where id = ?", String.class, question))
                .isEqualTo("—");
    }
}
