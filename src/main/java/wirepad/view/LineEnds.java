package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import wirepad.bytes.Span;
import wirepad.http.Chunk;
import wirepad.http.HttpMessage;
import wirepad.http.MessageParser;
import wirepad.http.ParseResult;
import wirepad.http.ParserOptions;
import wirepad.http.Role;

/**
 * Where a line end must be CRLF and where it is free, so the curl and flow views can mark a bare
 * LF that a terminal would show like CRLF. Framing lines end in CRLF (RFC 9112 §2.2: start line,
 * field lines, the empty line; §7.1: chunk-size lines and the CRLF after chunk data); body data is
 * free. Bytes that do not parse count as framing: better one mark too many than a hidden bare LF.
 */
final class LineEnds {
    private LineEnds() {}

    /** The body data of one message, in stream offsets: its body, or the data of each chunk. */
    static List<Span> data(HttpMessage m) {
        if (m.chunks().isEmpty()) return m.bodySpan().length() == 0 ? List.of() : List.of(m.bodySpan());
        List<Span> out = new ArrayList<>(m.chunks().size());
        for (Chunk c : m.chunks()) if (!c.last() && c.data().length() > 0) out.add(c.data());
        return out;
    }

    /**
     * The body data of a stream of messages (one direction of a connection), parsed leniently as far
     * as it parses; a response to HEAD is told apart by the request methods given, in order.
     */
    static List<Span> data(byte[] stream, Role role, List<String> methods) {
        MessageParser p = new MessageParser(role, ParserOptions.LENIENT);
        for (String m : methods) p.expectResponseTo(m);
        p.feed(stream);
        List<Span> out = new ArrayList<>();
        while (true) {
            ParseResult r = p.next();
            if (r instanceof ParseResult.Done d) {
                out.addAll(data(d.message()));
                continue;
            }
            if (r instanceof ParseResult.Tunnel t) {
                out.add(new Span(t.offset(), stream.length)); // tunnelled bytes are not HTTP
            } else if (p.partial() != null) {
                out.addAll(data(p.partial()));
            }
            return out;
        }
    }

    /** For a buffer whose index 0 is stream offset {@code base}: true at indexes outside every data span (sorted). */
    static IntPredicate framing(List<Span> data, int base) {
        if (data.isEmpty()) return TextLines.FRAMING;
        return i -> {
            int at = i + base, lo = 0, hi = data.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Span s = data.get(mid);
                if (at < s.start()) hi = mid - 1;
                else if (at >= s.end()) lo = mid + 1;
                else return false;
            }
            return true;
        };
    }
}
