package be.nestwerk.offer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The spreadsheet to start from: every documented column and two example rows (a service and an activity) that
 * import as they are. UTF-8 with a byte order mark and semicolons, so that Excel in Belgium opens it correctly.
 */
final class CsvTemplate {

    static final String FILE_NAME = "nestwerk-aanbod.csv";

    private CsvTemplate() {}

    static byte[] bytes(LocalDate today) {
        List<String> columns = CsvColumns.documented();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get()
                .print(out)) {
            printer.printRecord(columns);
            for (Map<String, String> example : List.of(service(), activity(today))) {
                printer.printRecord(columns.stream()
                        .map(column -> example.getOrDefault(column, ""))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> service() {
        return Map.ofEntries(
                Map.entry("name_nl", "Spreekuur opvoedingsvragen"),
                Map.entry("summary_nl", "Met al je vragen over opvoeden kun je bij ons terecht."),
                Map.entry(
                        "description_nl",
                        "Een opvoedingsondersteuner luistert naar je vraag en zoekt samen met jou wat werkt."),
                Map.entry("how_to_access_nl", "Kom langs tijdens de openingsuren of maak een afspraak."),
                Map.entry("getting_there_nl", "Bus 1 en 2, halte Grote Markt."),
                Map.entry("name_fr", "Permanence questions d'éducation"),
                Map.entry("summary_fr", "Pour toutes vos questions sur l'éducation."),
                Map.entry("name_en", "Parenting advice drop-in"),
                Map.entry("summary_en", "For all your questions about parenting."),
                Map.entry("kind", "SERVICE"),
                Map.entry("status", "ACTIVE"),
                Map.entry("pillars", "PARENTING_SUPPORT"),
                Map.entry("functions", "INFORMATION_ADVICE|EMOTIONAL_SUPPORT"),
                Map.entry("essential_functions", "PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH"),
                Map.entry("life_domains", "PARENTING"),
                Map.entry("taxonomy_terms", "1195"),
                Map.entry("age_from_months", "-9"),
                Map.entry("age_to_months", "216"),
                Map.entry("audiences", "PARENTS_TO_BE|PARENTS_AND_CARERS"),
                Map.entry("universal", "ja"),
                Map.entry("languages", "nl|fr|en"),
                Map.entry("interpreter", "ja"),
                Map.entry("cost_kind", "FREE"),
                Map.entry("access_modes", "WALK_IN|APPOINTMENT"),
                Map.entry("email", "info@voorbeeld.be"),
                Map.entry("phone", "015 00 00 00"),
                Map.entry("website", "https://www.voorbeeld.be"),
                Map.entry("place_name", "Huis van het Kind"),
                Map.entry("place_street", "Grote Markt 1"),
                Map.entry("place_postcode", "2800"),
                Map.entry("place_wheelchair", "ja"),
                Map.entry("place_confidential", "nee"),
                Map.entry("online", "nee"),
                Map.entry("by_phone", "ja"),
                Map.entry("opening_hours", "MO 09:00-12:00|WE 13:00-17:00"));
    }

    private static Map<String, String> activity(LocalDate today) {
        LocalDate firstMonday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return Map.ofEntries(
                Map.entry("name_nl", "Babymassage"),
                Map.entry("summary_nl", "Leer je baby masseren in vijf ontspannen sessies."),
                Map.entry("what_to_bring_nl", "Een handdoek en een flesje olie."),
                Map.entry("cost_note_nl", "Met een UiTPAS met kansentarief betaal je 5 euro."),
                Map.entry("kind", "ACTIVITY"),
                Map.entry("status", "ACTIVE"),
                Map.entry("pillars", "PREVENTIVE_HEALTH|MEETING_COHESION"),
                Map.entry("functions", "PRACTICAL_SUPPORT|SOCIAL_SUPPORT_COHESION"),
                Map.entry("life_domains", "HEALTHCARE|PARENTING"),
                Map.entry("age_from_months", "1"),
                Map.entry("age_to_months", "12"),
                Map.entry("audiences", "PARENTS_AND_CARERS"),
                Map.entry("universal", "ja"),
                Map.entry("languages", "nl"),
                Map.entry("interpreter", "nee"),
                Map.entry("cost_kind", "FIXED_PRICE"),
                Map.entry("cost_amount", "25,00"),
                Map.entry("uitpas_amount", "5,00"),
                Map.entry("access_modes", "REGISTRATION"),
                Map.entry("email", "babymassage@voorbeeld.be"),
                Map.entry("registration_url", "https://www.voorbeeld.be/inschrijven"),
                Map.entry("place_name", "Zaal De Kring"),
                Map.entry("place_street", "Kerkstraat 10"),
                Map.entry("place_postcode", "2800"),
                Map.entry("place_wheelchair", "ja"),
                Map.entry("place_confidential", "nee"),
                Map.entry("online", "nee"),
                Map.entry("by_phone", "nee"),
                Map.entry("session_date", firstMonday.toString()),
                Map.entry("session_start", "10:00"),
                Map.entry("session_end", "11:30"),
                Map.entry("session_rrule", "FREQ=WEEKLY;COUNT=5"),
                Map.entry("session_capacity", "10"),
                Map.entry("session_places_left", "10"));
    }
}
