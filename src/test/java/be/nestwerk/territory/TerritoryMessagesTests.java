package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TerritoryMessagesTests {

    private static final String[] LANGUAGES = {"", "_en", "_fr"};

    @Test
    void everyLanguageHasTheSameKeysAllPrefixedByTheModule() throws IOException {
        Properties dutch = load("");
        assertThat(dutch).isNotEmpty();
        assertThat(dutch.stringPropertyNames()).allMatch(key -> key.startsWith("territory."));
        for (String language : LANGUAGES) {
            assertThat(load(language).stringPropertyNames())
                    .as("keys of territory%s.properties", language)
                    .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        }
    }

    @Test
    void everyTextIsFilledInAndAValidMessageFormat() throws IOException {
        for (String language : LANGUAGES) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                assertThat(text).as(key + language).isNotBlank().doesNotContain("\uFFFD");
                assertThat(new MessageFormat(text).format(new Object[] {"X"}))
                        .as(key + language)
                        .doesNotContain("{0}");
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/territory" + language + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
