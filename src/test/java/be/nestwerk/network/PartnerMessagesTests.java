package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"partner", "partner_en", "partner_fr"})
    void everyCodeHasALabelInEveryLanguage(String bundle) throws IOException {
        Properties messages = load(bundle);
        Stream.of(
                        Arrays.stream(ActorType.values()).map(ActorType::messageKey),
                        Arrays.stream(Involvement.values()).map(Involvement::messageKey),
                        Arrays.stream(EssentialFunction.values()).map(EssentialFunction::messageKey))
                .flatMap(keys -> keys)
                .forEach(key -> assertThat(messages.getProperty(key))
                        .as(bundle + ": " + key)
                        .isNotBlank());
    }

    @Test
    void everyLanguageHasTheSameKeysAllInThePartnerNamespace() throws IOException {
        Properties dutch = load("partner");
        assertThat(dutch.stringPropertyNames()).allMatch(key -> key.startsWith("partner."));
        assertThat(load("partner_en").stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(load("partner_fr").stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    void theDutchActorTypesAreTheWordsOfTheSurvey() throws IOException {
        Properties dutch = load("partner");
        for (ActorType type : ActorType.values()) {
            assertThat(format(dutch.getProperty(type.messageKey()))).isEqualTo(type.surveyLabel());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "partner_en", "partner_fr"})
    void apostrophesSurviveMessageFormat(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String raw = messages.getProperty(key);
            assertThat(raw.replace("''", "")).as(bundle + ": " + key).doesNotContain("'");
            assertThat(format(raw)).as(bundle + ": " + key).doesNotContain("''");
        }
    }

    private static String format(String message) {
        return new MessageFormat(message, Locale.ROOT).format(new Object[] {"x", "y"});
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PartnerMessagesTests.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
