package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

/** The enrolment's QR code as an SVG path: every dark module a unit square, inside a quiet zone of four. */
class TwoFactorQrCodeTests {

    static final String URI = "otpauth://totp/Nestwerk%3Acoordinator%40mechelen.example.org"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Nestwerk&algorithm=SHA1&digits=6&period=30";

    @Test
    void drawsEveryDarkModuleOfTheCodeAndNothingElse() {
        QrCode code = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);

        QrCodeSvg svg = QrCodeSvg.of(URI);

        int dark = 0;
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    dark++;
                    assertThat(svg.path()).contains("M" + (x + 4) + "," + (y + 4) + "h1v1h-1z");
                }
            }
        }
        assertThat(svg.path().split("M")).hasSize(dark + 1);
        assertThat(svg.size()).isEqualTo(code.size + 8);
        assertThat(svg.viewBox()).isEqualTo("0 0 " + svg.size() + " " + svg.size());
    }

    @Test
    void startsWithTheTopLeftFinderPattern() {
        QrCodeSvg svg = QrCodeSvg.of(URI);

        assertThat(svg.path()).startsWith("M4,4h1v1h-1zM5,4h1v1h-1z");
    }
}
