package be.nestwerk.platform.pdf;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader gets out of a PDF: its text (Arabic joined letters back to letters), its fonts; and the labels. */
public final class DocumentText {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    private DocumentText() {}

    /** The text as a screen reader or a search would read it, with Arabic presentation forms back to plain letters. */
    public static String of(PDDocument document) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }

    public static List<String> fonts(PDDocument document) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }

    /** The languages beyond the product's three that the documents a family takes home are labelled in. */
    public static List<String> languages() {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("documents_"))
                    .map(name -> name.substring("documents_".length(), name.indexOf('.')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A label of the documents a family takes home, in one of the languages beyond the product's three. */
    public static String label(String language, String key) {
        Properties labels = new Properties();
        Path file = MESSAGES.resolve("documents_" + language + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String label = labels.getProperty(key);
        if (label == null) {
            throw new IllegalArgumentException(file + " has no " + key);
        }
        return Normalizer.normalize(label, Normalizer.Form.NFKC);
    }
}
