package be.nestwerk.offer;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Ways to pass an offer page on without any third-party script: an e-mail, a WhatsApp message, the address. */
record ShareLinks(String pageUrl, String email, String whatsApp) {

    static ShareLinks of(String pageUrl, String offerName) {
        String email = "mailto:?subject=" + encode(offerName) + "&body=" + encode(offerName + "\n" + pageUrl);
        String whatsApp = "https://wa.me/?text=" + encode(offerName + " " + pageUrl);
        return new ShareLinks(pageUrl, email, whatsApp);
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
