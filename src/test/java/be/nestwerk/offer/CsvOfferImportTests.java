package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.offer.CsvOfferFile.Row;
import be.nestwerk.offer.ImportReport.Problem;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvOfferImportTests {

    private static final String BOM = "\uFEFF";

    @Test
    void readsASemicolonSeparatedFileWithAByteOrderMarkAsExcelWritesIt() {
        List<Row> rows = CsvOfferFile.read(
                utf8(BOM + "name_nl;kind;summary_nl\r\nKinderopvang De Vlinder;SERVICE;Opvang, ook ''s avonds\r\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.value("name_nl")).isEqualTo("Kinderopvang De Vlinder");
            assertThat(row.value("kind")).isEqualTo("SERVICE");
            assertThat(row.value("summary_nl")).isEqualTo("Opvang, ook ''s avonds");
        });
    }

    @Test
    void readsACommaSeparatedFileWithoutByteOrderMarkAndQuotedValues() {
        List<Row> rows = CsvOfferFile.read(
                utf8(
                        "Name_NL,kind,description_nl\n\"Babymassage, voor ouders\",ACTIVITY,\"Twee regels;\nmet \"\"aanhalingstekens\"\"\"\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.value("name_nl")).isEqualTo("Babymassage, voor ouders");
            assertThat(row.value("description_nl")).isEqualTo("Twee regels;\nmet \"aanhalingstekens\"");
        });
    }

    @Test
    void skipsEmptyRowsButNumbersRowsAsTheSpreadsheetShowsThem() {
        List<Row> rows = CsvOfferFile.read(utf8("name_nl;kind;;\nEen;SERVICE;;\n;;;\nTwee;SERVICE;;\n"));

        assertThat(rows).extracting(Row::number).containsExactly(2, 4);
        assertThat(rows).extracting(row -> row.value("name_nl")).containsExactly("Een", "Twee");
    }

    @Test
    void refusesAFileThatCannotBeAnOfferSpreadsheetWithTheReason() {
        assertRefused(new byte[0], "offer.import.error.empty");
        assertRefused(utf8(BOM + "  \r\n"), "offer.import.error.empty");
        assertRefused(utf8("name_nl;kind\n"), "offer.import.error.noRows");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "offer.import.error.notCsv");
        assertRefused(utf8("name_nl;kind\nA\0B;SERVICE\n"), "offer.import.error.notCsv");
        assertRefused(
                "name_nl;kind\nCrèche;SERVICE\n".getBytes(Charset.forName("windows-1252")),
                "offer.import.error.notUtf8");
        assertRefused(utf8("name_nl;kind\n\"Niet afgesloten;SERVICE\n"), "offer.import.error.malformed");
    }

    @Test
    void refusesUnknownDuplicateAndMissingColumnsNamingThem() {
        assertThatThrownBy(() -> CsvOfferFile.read(utf8("name_nl;kind;naam;name_xx\nA;SERVICE;B;C\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("offer.import.error.unknownColumns");
                    assertThat(refused.arguments()).containsExactly("naam, name_xx");
                });
        assertThatThrownBy(() -> CsvOfferFile.read(utf8("name_nl;kind;NAME_NL\nA;SERVICE;B\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("offer.import.error.duplicateColumns");
                    assertThat(refused.arguments()).containsExactly("name_nl");
                });
        assertThatThrownBy(() -> CsvOfferFile.read(utf8("summary_nl;status\nA;ACTIVE\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("offer.import.error.missingColumns");
                    assertThat(refused.arguments()).containsExactly("name_nl, kind");
                });
    }

    @Test
    void refusesMoreThanAThousandRows() {
        String header = "name_nl;kind\n";
        String thousand = IntStream.rangeClosed(1, 1_000)
                .mapToObj(i -> "Aanbod " + i + ";SERVICE\n")
                .collect(Collectors.joining());

        assertThat(CsvOfferFile.read(utf8(header + thousand))).hasSize(1_000);
        assertRefused(utf8(header + thousand + "Eén te veel;SERVICE\n"), "offer.import.error.tooManyRows");
    }

    @Test
    void mapsEveryColumnOfARowToTheOffersContent() {
        Row row = new Row(
                2,
                Map.ofEntries(
                        Map.entry("name_nl", "Babymassage"),
                        Map.entry("summary_nl", "Vijf sessies"),
                        Map.entry("name_fr", "Massage bébé"),
                        Map.entry("kind", "activity"),
                        Map.entry("pillars", "PREVENTIVE_HEALTH | meeting-cohesion"),
                        Map.entry("functions", "PRACTICAL_SUPPORT"),
                        Map.entry("essential_functions", "preventive_family_support_and_health"),
                        Map.entry("life_domains", "HEALTHCARE|PARENTING"),
                        Map.entry("taxonomy_terms", "1195"),
                        Map.entry("age_from_months", "-9"),
                        Map.entry("age_to_months", "12"),
                        Map.entry("audiences", "PARENTS_TO_BE|PARENTS_AND_CARERS"),
                        Map.entry("universal", "nee"),
                        Map.entry("languages", "NL|fr"),
                        Map.entry("interpreter", "oui"),
                        Map.entry("cost_kind", "INCOME_RELATED"),
                        Map.entry("cost_amount", "€ 2,50"),
                        Map.entry("cost_maximum", "10.00"),
                        Map.entry("uitpas_amount", "1,5"),
                        Map.entry("access_modes", "REGISTRATION"),
                        Map.entry("email", "info@voorbeeld.be"),
                        Map.entry("place_name", "Zaal De Kring"),
                        Map.entry("place_postcode", "2800"),
                        Map.entry("place_wheelchair", "ja"),
                        Map.entry("place_confidential", "yes"),
                        Map.entry("by_phone", "1"),
                        Map.entry("opening_hours", "MO 9:00-12:00|we 13.00 - 17:00"),
                        Map.entry("session_date", "14/09/2026"),
                        Map.entry("session_start", "10:00"),
                        Map.entry("session_end", "11:30:00"),
                        Map.entry("session_rrule", "FREQ=WEEKLY;COUNT=5"),
                        Map.entry("session_capacity", "12"),
                        Map.entry("session_places_left", "7")));

        CsvOfferRow read = CsvOfferRow.read(row);

        assertThat(read.problems()).isEmpty();
        OfferContent content = read.offer();
        assertThat(content).isNotNull();
        assertThat(content.kind()).isEqualTo(OfferKind.ACTIVITY);
        assertThat(content.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(content.texts()).containsOnlyKeys("nl", "fr");
        assertThat(content.text("nl").summary()).isEqualTo("Vijf sessies");
        assertThat(content.text("fr").name()).isEqualTo("Massage bébé");
        assertThat(content.pillars()).containsExactlyInAnyOrder(Pillar.PREVENTIVE_HEALTH, Pillar.MEETING_COHESION);
        assertThat(content.essentialFunctions()).containsExactly("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH");
        assertThat(content.taxonomyTerms()).containsExactly("1195");
        assertThat(content.ages()).isEqualTo(new OfferContent.AgeRange(-9, 12));
        assertThat(content.universal()).isFalse();
        assertThat(content.languages()).containsExactlyInAnyOrder("nl", "fr");
        assertThat(content.interpreterAvailable()).isTrue();
        assertThat(content.costs())
                .containsExactly(
                        new Cost(CostKind.INCOME_RELATED, new BigDecimal("2.50"), new BigDecimal("10.00")),
                        new Cost(CostKind.UITPAS_REDUCED, new BigDecimal("1.5"), null));
        assertThat(content.contact().email()).isEqualTo("info@voorbeeld.be");
        assertThat(content.places()).singleElement().satisfies(place -> {
            assertThat(place.name()).isEqualTo("Zaal De Kring");
            assertThat(place.postcode()).isEqualTo("2800");
            assertThat(place.wheelchairAccessible()).isTrue();
            assertThat(place.confidential()).isTrue();
        });
        assertThat(content.byPhone()).isTrue();
        assertThat(content.online()).isFalse();
        assertThat(content.openingHours())
                .containsExactly(
                        new OpeningHours(null, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new OpeningHours(null, DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        SessionSeries session = content.sessions().get(0);
        assertThat(session.date()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(session.ends()).isEqualTo(LocalTime.of(11, 30));
        assertThat(session.recurrence()).isEqualTo("FREQ=WEEKLY;COUNT=5");
        assertThat(session.placeId()).isEqualTo(content.places().get(0).id());
        assertThat(session.capacity()).isEqualTo(12);
        assertThat(session.placesLeft()).isEqualTo(7);
        assertThat(OfferContentRules.check(content, Set.of("1195"))).isEmpty();
    }

    @Test
    void namesTheColumnOfEveryValueItCannotRead() {
        CsvOfferRow read = CsvOfferRow.read(new Row(
                5,
                Map.of(
                        "name_nl", "Spreekuur",
                        "kind", "DIENST",
                        "universal", "misschien",
                        "summary_en", "Drop-in",
                        "cost_amount", "gratis",
                        "session_date", "31/02/2026",
                        "opening_hours", "maandag 9-12")));

        assertThat(read.offer()).isNull();
        assertThat(read.problems())
                .extracting(Problem::columns, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("kind", "offer.import.problem.value"),
                        org.assertj.core.groups.Tuple.tuple("universal", "offer.import.problem.yesNo"),
                        org.assertj.core.groups.Tuple.tuple("name_en", "offer.import.problem.translationName"),
                        org.assertj.core.groups.Tuple.tuple("cost_amount", "offer.import.problem.amount"),
                        org.assertj.core.groups.Tuple.tuple("cost_kind", "offer.import.problem.required"),
                        org.assertj.core.groups.Tuple.tuple("session_date", "offer.import.problem.date"),
                        org.assertj.core.groups.Tuple.tuple("session_start", "offer.import.problem.required"),
                        org.assertj.core.groups.Tuple.tuple("session_end", "offer.import.problem.required"),
                        org.assertj.core.groups.Tuple.tuple("opening_hours", "offer.import.problem.openingHours"));
        assertThat(read.problems())
                .filteredOn(problem -> problem.columns().equals("kind"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.arguments()).containsExactly("DIENST", "SERVICE, ACTIVITY"));
    }

    @Test
    void explainsTheContentRulesProblemsInColumnNames() {
        CsvOfferRow read = CsvOfferRow.read(new Row(
                3,
                Map.of(
                        "name_nl", "Spreekuur",
                        "kind", "ACTIVITY",
                        "languages", "nl|xx",
                        "age_from_months", "300",
                        "cost_kind", "FIXED_PRICE",
                        "uitpas_amount", "5",
                        "place_postcode", "28",
                        "session_date", "2026-09-14",
                        "session_start", "11:00",
                        "session_end", "10:00")));
        OfferContent content = read.offer();
        assertThat(content).isNotNull();

        List<Problem> problems = read.explain(OfferContentRules.check(content, Set.of()));

        assertThat(problems)
                .extracting(Problem::columns, Problem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("languages", "offer.problem.language.unknown"),
                        org.assertj.core.groups.Tuple.tuple("age_from_months, age_to_months", "offer.problem.ages"),
                        org.assertj.core.groups.Tuple.tuple(
                                "cost_kind, cost_amount, cost_maximum", "offer.problem.cost.amountRequired"),
                        org.assertj.core.groups.Tuple.tuple("place_postcode", "offer.problem.postcode"),
                        org.assertj.core.groups.Tuple.tuple("session_start, session_end", "offer.problem.time.order"));
    }

    @Test
    void theTemplatesExampleRowsImportAsTheyAre() {
        byte[] template = CsvTemplate.bytes(LocalDate.of(2026, 5, 4));
        assertThat(new String(template, StandardCharsets.UTF_8)).startsWith(BOM + "name_nl;summary_nl;");

        List<Row> rows = CsvOfferFile.read(template);

        assertThat(rows).extracting(row -> row.value("kind")).containsExactly("SERVICE", "ACTIVITY");
        for (Row row : rows) {
            CsvOfferRow read = CsvOfferRow.read(row);
            assertThat(read.problems()).as("row %s", row.number()).isEmpty();
            assertThat(OfferContentRules.check(read.offer(), Set.of("1195")))
                    .as("row %s", row.number())
                    .isEmpty();
        }
        assertThat(CsvOfferRow.read(rows.get(1)).offer().sessions().get(0).date())
                .isEqualTo(LocalDate.of(2026, 5, 18));
    }

    private static void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> CsvOfferFile.read(file))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
