package wirepad.cli;

import java.io.ByteArrayOutputStream;

/** The one explicit line-ending change wirepad offers: bare LF → CRLF, counted so it can be reported. */
final class LineEndings {
    private LineEndings() {}

    record Fixed(byte[] bytes, int changed) {}

    static Fixed crlf(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 16);
        int changed = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
                out.write('\r');
                changed++;
            }
            out.write(b[i]);
        }
        return new Fixed(out.toByteArray(), changed);
    }
}
