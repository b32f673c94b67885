package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dutch first, English and French complete: every bundle under messages/ has the same keys in the three
 * languages, every message is well formed, every key a template asks for exists, and templates carry no text of
 * their own (see {@link TemplateText}).
 */
class I18nMessagesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> TRANSLATIONS = List.of("_en", "_fr");

    /**
     * The bundle of the documents a family takes home, in languages beyond the product's three: it has no Dutch keys
     * of its own (family.DocumentLanguagesTests checks it).
     */
    static final String DOCUMENTS = "documents";

    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_(nl|en|fr|ar|bg|es|pl|ro|ru|tr|uk)$");
    /** A literal key in a message expression: #{key} or #{key(args)}; #{${...}} and #{'a.' + b} are dynamic. */
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.\\-]*)\\s*[(}]");

    @Test
    void everyBundleHasTheSameKeysInDutchEnglishAndFrench() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            if (bundle.equals(DOCUMENTS)) {
                continue;
            }
            Set<String> dutch = load(bundle).stringPropertyNames();
            for (String suffix : TRANSLATIONS) {
                String file = bundle + suffix + ".properties";
                if (!Files.exists(MESSAGES.resolve(file))) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = load(bundle + suffix).stringPropertyNames();
                difference(dutch, translated).ifPresent(keys -> problems.add(file + " lacks " + keys));
                difference(translated, dutch)
                        .ifPresent(
                                keys -> problems.add(file + " has keys that " + bundle + ".properties lacks " + keys));
            }
        }
        assertThat(problems).as("message bundles under %s", MESSAGES).isEmpty();
    }

    @Test
    void everyMessageIsAFilledInMessageFormatPatternWithDoubledApostrophes() {
        List<String> problems = new ArrayList<>();
        for (String file : bundleFiles()) {
            load(file).forEach((key, value) -> {
                String message = value.toString();
                if (message.isBlank()) {
                    problems.add(file + ".properties: " + key + " is empty");
                } else if (message.replace("''", "").contains("'")) {
                    // spring.messages.always-use-message-format: a single ' would vanish from the page
                    problems.add(file + ".properties: " + key + " has a single apostrophe; write '' instead");
                } else {
                    try {
                        new MessageFormat(message);
                    } catch (IllegalArgumentException e) {
                        problems.add(
                                file + ".properties: " + key + " is not a valid message pattern: " + e.getMessage());
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleIsListedInTheMessageSourceConfiguration() throws IOException {
        Properties application = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        Set<String> configured =
                Set.of(application.getProperty("spring.messages.basename", "").split("\\s*,\\s*"));

        assertThat(bundles().stream().map(bundle -> "messages/" + bundle)).allMatch(configured::contains);
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() {
        Set<String> known = bundles().stream()
                .flatMap(bundle -> load(bundle).stringPropertyNames().stream())
                .collect(Collectors.toSet());
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(read(template));
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    unknown.computeIfAbsent(TEMPLATES.relativize(template).toString(), t -> new TreeSet<>())
                            .add(key.group(1));
                }
            }
        }
        assertThat(unknown)
                .as("message keys used in templates but missing from the bundles")
                .isEmpty();
    }

    @Test
    void templatesShowNoTextThatIsNotTranslated() {
        List<String> literals = templates().stream()
                .flatMap(template -> TemplateText.literals(read(template)).stream()
                        .map(literal -> TEMPLATES.relativize(template) + ": " + literal))
                .toList();

        assertThat(literals)
                .as("literal user-facing text in templates (use th:text=\"#{key}\" or th:alt/th:title/...)")
                .isEmpty();
    }

    /** The base names (messages, network, ...) of the bundles in the messages folder. */
    static Set<String> bundles() {
        return bundleFiles().stream()
                .map(file -> LANGUAGE_SUFFIX.matcher(file).replaceFirst(""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> bundleFiles() {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ".properties is not readable as UTF-8", e);
        }
        return properties;
    }

    private static Optional<Set<String>> difference(Set<String> all, Set<String> some) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(some);
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
