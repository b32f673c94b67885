package be.nestwerk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Fills the variables of a query with values drawn for each request: {postcode} a real postcode, {age} 0–17 years,
 * {months} −9–36, {km} a usual radius, {day} 1–7, {language} a content language families often ask for.
 */
final class Variables {

    private static final List<String> KM = List.of("2", "5", "5", "10", "10", "15", "25");
    private static final List<String> LANGUAGES = List.of("fr", "en", "ar", "tr", "uk", "pl", "ro", "so", "es");

    private final List<String> postcodes;

    private Variables(List<String> postcodes) {
        this.postcodes = postcodes;
    }

    /** The postcodes are the first column of a CSV file with a header (the territory's vl-bru-postcodes.csv). */
    static Variables read(@Nullable String postcodeFile) throws IOException {
        if (postcodeFile == null) {
            return new Variables(List.of("2800", "9000", "2000", "3000", "3500", "8000", "1000"));
        }
        List<String> lines = Files.readAllLines(Path.of(postcodeFile));
        return new Variables(lines.stream()
                .skip(1)
                .map(line -> line.split(",", 2)[0].strip())
                .filter(code -> code.matches("[0-9]{4}"))
                .distinct()
                .toList());
    }

    String expand(String path, SplittableRandom random) {
        if (path.indexOf('{') < 0) {
            return path;
        }
        return path.replace("{postcode}", pick(postcodes, random))
                .replace("{age}", Integer.toString(random.nextInt(18)))
                .replace("{months}", Integer.toString(random.nextInt(-9, 37)))
                .replace("{km}", pick(KM, random))
                .replace("{day}", Integer.toString(1 + random.nextInt(7)))
                .replace("{language}", pick(LANGUAGES, random));
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
