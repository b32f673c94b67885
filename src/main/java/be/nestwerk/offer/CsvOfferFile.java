package be.nestwerk.offer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads an uploaded spreadsheet of offers: UTF-8 with or without byte order mark, separated by semicolons (as Excel
 * writes it in Belgium) or commas, a header row naming the columns. Refuses the file as a whole when it cannot be
 * one: empty, binary, malformed, an unknown or missing column, or more rows than allowed.
 */
final class CsvOfferFile {

    static final int MAX_ROWS = 1_000;
    private static final char BOM = '\uFEFF';

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its non-blank values. */
    record Row(int number, Map<String, String> values) {

        String value(String column) {
            return values.getOrDefault(column, "");
        }

        boolean has(String column) {
            return !value(column).isEmpty();
        }
    }

    private CsvOfferFile() {}

    static List<Row> read(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRefusedException("offer.import.error.notCsv");
            }
        }
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRefusedException("offer.import.error.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = checkedHeader(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    String value = record.get(i).strip();
                    if (!header.get(i).isEmpty() && !value.isEmpty()) {
                        values.put(header.get(i), value);
                    }
                }
                if (values.isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ImportRefusedException("offer.import.error.tooManyRows", MAX_ROWS);
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, values));
            }
            if (rows.isEmpty()) {
                throw new ImportRefusedException("offer.import.error.noRows");
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException malformed) {
            throw new ImportRefusedException("offer.import.error.malformed");
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ImportRefusedException("offer.import.error.notUtf8");
        }
    }

    /** The separator that the header row uses most: a header has no commas or semicolons of its own. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    private static List<String> checkedHeader(List<String> names) {
        List<String> header = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String name : names) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!column.isEmpty() && !CsvColumns.isKnown(column)) {
                unknown.add(name.strip());
            }
            if (!column.isEmpty() && header.contains(column)) {
                twice.add(column);
            }
            header.add(column);
        }
        if (!unknown.isEmpty()) {
            throw new ImportRefusedException("offer.import.error.unknownColumns", String.join(", ", unknown));
        }
        if (!twice.isEmpty()) {
            throw new ImportRefusedException("offer.import.error.duplicateColumns", String.join(", ", twice));
        }
        List<String> missing = CsvColumns.REQUIRED.stream()
                .filter(column -> !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("offer.import.error.missingColumns", String.join(", ", missing));
        }
        return header;
    }
}
