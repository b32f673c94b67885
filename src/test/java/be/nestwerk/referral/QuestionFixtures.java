package be.nestwerk.referral;

import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Questions for tests, in the families' scene (FamilyFixtures). */
final class QuestionFixtures {

    private QuestionFixtures() {}

    /** A question registered by the scene's first organisation and owned by it (or by the given organisation). */
    static NewQuestion question(Scene scene, @Nullable UUID family, UUID owner) {
        return new NewQuestion(
                scene.organisation(),
                family,
                family == null ? "2800" : null,
                "ar",
                "Waar kan mama terecht voor een kinderdagverblijf?",
                List.of(QuestionTheme.CHILDCARE, QuestionTheme.PARENTING),
                QuestionChannel.WALK_IN,
                owner,
                null);
    }

    static UUID registered(ApplicationContext context, Scene scene, @Nullable UUID family, UUID owner) {
        return as(
                scene.professional(),
                () -> context.getBean(Questions.class).register(scene.network().id(), question(scene, family, owner)));
    }

    static <T> T as(NestwerkUser user, Supplier<T> action) {
        return NetworkFixtures.actingAs(user, action);
    }

    static void as(NestwerkUser user, Runnable action) {
        NetworkFixtures.actingAs(user, () -> {
            action.run();
            return null;
        });
    }
}
