package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The network bundle is complete in Dutch, English and French, and every message is a valid message format. */
class NetworkMessagesTests {

    private static final List<String> LANGUAGES = List.of("", "_en", "_fr");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(network\\.[A-Za-z0-9_.-]+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> dutch = load("").stringPropertyNames();
        for (String language : LANGUAGES) {
            assertThat(load(language).stringPropertyNames())
                    .as("network%s.properties", language)
                    .isEqualTo(dutch);
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/network"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyLanguageAndKindHasALabel() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        NetworkLanguages.CODES.forEach(code -> assertThat(keys).contains("network.language." + code));
        for (NetworkKind kind : NetworkKind.values()) {
            assertThat(keys).contains(kind.messageKey());
        }
        for (FieldOfOperationView.Scope scope : FieldOfOperationView.Scope.values()) {
            assertThat(keys).contains(scope.messageKey());
        }
    }

    @Test
    void apostrophesAreDoubledAndEveryMessageIsAValidFormat() throws IOException {
        for (String language : LANGUAGES) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                assertThat(LONE_APOSTROPHE.matcher(message).find())
                        .as("%s in network%s.properties has a single apostrophe", key, language)
                        .isFalse();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3}))
                        .as(key)
                        .isNotBlank();
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                NetworkMessagesTests.class.getResourceAsStream("/messages/network" + language + ".properties")) {
            assertThat(in).as("network%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
