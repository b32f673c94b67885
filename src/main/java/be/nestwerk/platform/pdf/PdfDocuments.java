package be.nestwerk.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders an XHTML page (made from a Thymeleaf template) to a tagged PDF (PDF/UA). Latin text is set in the Liberation
 * Sans that PDFBox ships; what that font lacks (Arabic above all) falls back to DejaVu Sans, and ICU's bidi algorithm
 * puts right-to-left text in order and joins Arabic letters. Nothing is fetched from elsewhere while rendering.
 */
public final class PdfDocuments {

    /** The font families the templates name in their CSS, in this order: 'Liberation Sans', 'DejaVu Sans'. */
    public static final String LATIN = "Liberation Sans";

    public static final String WIDE = "DejaVu Sans";

    /** The languages of documents written from right to left: their page says {@code dir="rtl"}. */
    public static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "ps", "ur", "he");

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    static {
        // the renderer tells every step at INFO level; its warnings are what matters
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfDocuments() {}

    public static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    // a tagged PDF (PDF/UA) that a screen reader can follow, in the template's language and order
                    .usePdfUaAccessibility(true)
                    .withProducer("Nestwerk")
                    .useFont(() -> font(LIBERATION), LATIN)
                    .useFont(() -> font(DEJAVU), WIDE)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream font = PDFont.class.getResourceAsStream(path);
        if (font == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return font;
    }
}
