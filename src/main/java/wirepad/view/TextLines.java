package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Visible;

/**
 * Bytes as text the way curl and tcpflow print them: a line per LF, the CRLF itself not drawn,
 * other control bytes and bytes ≥ 0x80 as {@code \xHH}, a bare CR as {@code \r}.
 */
final class TextLines {
    private TextLines() {}

    static List<String> of(byte[] b, int off, int len) {
        List<String> out = new ArrayList<>();
        for (String l : Visible.lines(b, off, len, Visible.Style.ASCII)) {
            if (l.endsWith("\\r\\n")) l = l.substring(0, l.length() - 4);
            else if (l.endsWith("\\n")) l = l.substring(0, l.length() - 2);
            out.add(l.replace("\\t", "\t"));
        }
        return out;
    }
}
