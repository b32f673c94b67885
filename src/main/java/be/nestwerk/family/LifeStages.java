package be.nestwerk.family;

import be.nestwerk.family.LifeStage.CompulsoryEducation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The life stages of {@code reference/vl-life-stages.csv}, read once, in the file's order. */
@Component
class LifeStages {

    static final String RESOURCE = "reference/vl-life-stages.csv";

    static final String PRENATAL = "PRENATAL";
    /** The CSV's stage of kinderopvang for babies and toddlers: a child enters it with their first child care. */
    static final String CHILD_CARE = "BABY_TODDLER";

    static final String PRESCHOOL = "PRESCHOOL";
    static final String PRIMARY = "PRIMARY";
    static final String SECONDARY = "SECONDARY_1";

    private final Map<String, LifeStage> stages;

    LifeStages() {
        this.stages = read();
    }

    List<LifeStage> all() {
        return List.copyOf(stages.values());
    }

    Optional<LifeStage> find(String code) {
        return Optional.ofNullable(stages.get(code));
    }

    LifeStage stage(String code) {
        LifeStage stage = stages.get(code);
        if (stage == null) {
            throw new IllegalArgumentException("no life stage " + code + " in " + RESOURCE);
        }
        return stage;
    }

    private static Map<String, LifeStage> read() {
        Map<String, LifeStage> read = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                        new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (CSVRecord row : parser) {
                LifeStage stage = new LifeStage(
                        row.get("code"),
                        row.get("label_nl"),
                        row.get("label_en"),
                        months(row.get("age_from_years")),
                        months(row.get("age_to_years_excl")),
                        row.get("typical_setting_nl"),
                        blankToNull(row.get("isced_2011_level")),
                        CompulsoryEducation.parse(row.get("compulsory_education")));
                if (read.putIfAbsent(stage.code(), stage) != null) {
                    throw new IllegalStateException(RESOURCE + " has the code " + stage.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    /** Years as the CSV gives them (2.5) to whole months (30); a fraction of a month is an error in the file. */
    static @Nullable Integer months(String years) {
        if (years.isBlank()) {
            return null;
        }
        return new BigDecimal(years.strip()).multiply(BigDecimal.valueOf(12)).intValueExact();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
