package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.platform.audit.AuditAction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents a family takes home (its plan, the overview of its data) say every label in each of their languages,
 * with the same placeholders as the Dutch, and not in Dutch by accident.
 */
class DocumentLanguagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/family");
    private static final Set<String> PRODUCT_LANGUAGES = Set.of("nl", "en", "fr");

    /** #{key}, #{key(...)} and #messages.msg('key', ...) in a template. */
    private static final Pattern PRINTED = Pattern.compile("#\\{\\s*([A-Za-z][\\w.\\-]*)\\s*[(}]|msg\\('([\\w.\\-]+)'");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Labels the templates look up by name ({@code #{${'family.purpose.' + ...}}}), one per constant. */
    private static final List<String> LABEL_PREFIXES = List.of(
            "family.legalBasis.",
            "family.relation.",
            "family.purpose.",
            "referral.status.",
            "referral.outcome.",
            "referral.question.status.",
            "referral.support.kind.");

    /** What can be done with a family's records, and so may stand in the access log of its overview. */
    private static final List<String> FAMILY_ACTIONS =
            List.of("FAMILY_", "CONSENT_", "REFERRAL_", "COMPANION_", "QUESTION_", "MATERIAL_SUPPORT_");

    @Test
    void eachDocumentLanguageBeyondTheProductsThreeHasItsBundleAndNoOtherHasOne() {
        Set<String> bundles;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            bundles = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("documents_[a-z]{2,3}\\.properties"))
                    .map(name -> name.substring("documents_".length(), name.indexOf('.')))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> expected = new TreeSet<>(DocumentLanguages.ALL);
        expected.removeAll(PRODUCT_LANGUAGES);

        assertThat(bundles).isEqualTo(expected);
        assertThat(load("documents").stringPropertyNames())
                .as("in Dutch, English and French the labels come from the product's own bundles")
                .isEmpty();
    }

    @Test
    void everyLabelThePlanAndTheOverviewPrintIsInEachDocumentLanguageWithTheDutchPlaceholders() {
        Properties dutch = dutch();
        Set<String> printed = printed(dutch);
        List<String> problems = new ArrayList<>();
        for (String language : DocumentLanguages.ALL) {
            if (PRODUCT_LANGUAGES.contains(language)) {
                continue;
            }
            Properties translated = load("documents_" + language);
            for (String key : printed) {
                String text = translated.getProperty(key);
                if (text == null) {
                    problems.add(language + " lacks " + key);
                } else if (!placeholders(text).equals(placeholders(dutch.getProperty(key)))) {
                    problems.add(language + ": " + key + " has other placeholders than the Dutch");
                }
            }
            translated.stringPropertyNames().stream()
                    .filter(key -> !dutch.containsKey(key))
                    .forEach(key -> problems.add(language + " has " + key + ", which no Dutch bundle has"));
        }

        assertThat(printed).contains("family.export.title", "family.plan.pdf.title", "audit.action.REFERRAL_READ");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFamilyGetsItsDocumentsInTheFirstOfItsHomeLanguagesThatTheyExistIn() {
        assertThat(DocumentLanguages.of(speaking("ber", "ar", "fr"))).isEqualTo("ar");
        assertThat(DocumentLanguages.of(speaking("ti"))).isEmpty();
        assertThat(DocumentLanguages.chosen("xx", speaking("ti"), Locale.FRENCH))
                .isEqualTo(Locale.FRENCH);
        assertThat(DocumentLanguages.chosen("uk", speaking("ar"), Locale.FRENCH).getLanguage())
                .isEqualTo("uk");
        assertThat(DocumentLanguages.direction(Locale.forLanguageTag("ar"))).isEqualTo("rtl");
        assertThat(DocumentLanguages.direction(Locale.forLanguageTag("uk"))).isEqualTo("ltr");
    }

    private static Family speaking(String... languages) {
        Instant now = Instant.now();
        return new Family(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Gezin",
                true,
                null,
                null,
                null,
                null,
                List.of(languages),
                false,
                LegalBasis.CONSENT,
                now,
                now,
                now,
                List.of(),
                List.of(),
                List.of());
    }

    private static Set<String> printed(Properties dutch) {
        Set<String> keys = new TreeSet<>();
        for (String template : List.of("plan-pdf.html", "export-pdf.html")) {
            Matcher key = PRINTED.matcher(read(TEMPLATES.resolve(template)));
            while (key.find()) {
                keys.add(key.group(1) != null ? key.group(1) : key.group(2));
            }
        }
        dutch.stringPropertyNames().stream()
                .filter(key -> LABEL_PREFIXES.stream().anyMatch(key::startsWith))
                .forEach(keys::add);
        Arrays.stream(AuditAction.values())
                .map(Enum::name)
                .filter(action -> FAMILY_ACTIONS.stream().anyMatch(action::startsWith))
                .forEach(action -> keys.add("audit.action." + action));
        return keys;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    /** Every key of the Dutch bundles (the files without a language suffix). */
    private static Properties dutch() {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2,3}\\.properties"))
                    .forEach(name -> all.putAll(load(name.substring(0, name.length() - ".properties".length()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
