package be.nestwerk.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders an XHTML page (made from a Thymeleaf template) to a tagged PDF (PDF/UA) with the Liberation Sans font that
 * PDFBox ships (Latin, Greek, Cyrillic). Nothing is fetched from elsewhere while rendering.
 */
public final class PdfDocuments {

    /** The font family the templates name in their CSS. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        // the renderer tells every step at INFO level; its warnings are what matters
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfDocuments() {}

    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    // a tagged PDF (PDF/UA) that a screen reader can follow, in the template's language and order
                    .usePdfUaAccessibility(true)
                    .withProducer("Nestwerk")
                    .useFont(PdfDocuments::font, FONT_FAMILY)
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

    private static InputStream font() {
        InputStream font = PDFont.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return font;
    }
}
