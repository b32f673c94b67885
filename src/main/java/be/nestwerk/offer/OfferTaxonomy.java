package be.nestwerk.offer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The free taxonomy of offers: the Open Eligibility human-services taxonomy v2.0 (CC BY-SA 3.0, Aunt Bertha),
 * read once from {@code reference/open-eligibility-taxonomy-v2.csv}. Terms keep their upstream ids.
 */
@Component
public class OfferTaxonomy {

    /** One term of the taxonomy; the first of a duplicated upstream id wins. */
    public record Term(String id, @Nullable String parentId, String branch, int level, String title, String path) {}

    private final Map<String, Term> terms;

    OfferTaxonomy() {
        this.terms = Collections.unmodifiableMap(read());
    }

    public List<Term> terms() {
        return List.copyOf(terms.values());
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    public Set<String> ids() {
        return terms.keySet();
    }

    private static Map<String, Term> read() {
        Map<String, Term> read = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                        new ClassPathResource("reference/open-eligibility-taxonomy-v2.csv").getInputStream(),
                        StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (CSVRecord row : parser) {
                String parent = row.get("parent_id");
                read.putIfAbsent(
                        row.get("id"),
                        new Term(
                                row.get("id"),
                                parent.isBlank() ? null : parent,
                                row.get("branch"),
                                Integer.parseInt(row.get("level")),
                                row.get("title_en"),
                                row.get("path_en")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }
}
