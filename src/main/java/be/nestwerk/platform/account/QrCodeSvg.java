package be.nestwerk.platform.account;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn on the server as one SVG path (no script, no image request): one unit per module, with the
 * four-module quiet zone that scanners need around it.
 */
record QrCodeSvg(int size, String path) {

    static final int QUIET_ZONE = 4;

    static QrCodeSvg of(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return new QrCodeSvg(code.size + 2 * QUIET_ZONE, path.toString());
    }

    public String viewBox() {
        return "0 0 " + size + " " + size;
    }
}
