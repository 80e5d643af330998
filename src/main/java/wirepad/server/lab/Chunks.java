package wirepad.server.lab;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import wirepad.server.Handler.Reply;
import wirepad.server.Replies;

/**
 * {@code /chunked?sizes=3,5,0&ext=;name=value&trailers=X-A:1,X-B:2&announce=1}: a chunked response
 * built exactly as asked (RFC 9112 §7.1). Each size (decimal in the query, written in lower-case hex)
 * makes one chunk of that many letters ('a' for the first chunk, 'b' for the second…), each
 * written separately; {@code ext} follows every chunk-size (a ';' is added in front if missing);
 * after a 0 come the trailer fields and the final CRLF. With trailers the head announces their
 * names in a {@code Trailer} field, as a sender SHOULD (RFC 9110 §6.6.2); {@code announce=0} leaves
 * it out, to see what a client does with trailers it was not told about. Asked-for oddities are
 * kept: sizes that do not end with 0 leave the message unfinished and the server closes; sizes
 * after a 0 are sent as stray bytes after the message (and the server closes).
 */
final class Chunks {
    static final int MAX_CHUNKS = 100, MAX_CHUNK = 64 * 1024;

    private final Clock clock;

    Chunks(Clock clock) { this.clock = clock; }

    /** One chunk: {@code size[ext]CRLF data CRLF}. */
    static byte[] chunk(byte[] data, String ext) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 16);
        out.writeBytes(Res.latin1(Integer.toHexString(data.length) + ext + "\r\n"));
        out.writeBytes(data);
        out.writeBytes(Res.latin1("\r\n"));
        return out.toByteArray();
    }

    Reply handle(LabRequest r) {
        String sizesText = r.param("sizes", "3,5,0");
        List<Integer> sizes = new ArrayList<>();
        for (String s : sizesText.split(",", -1)) {
            String t = s.strip();
            if (!t.matches("[0-9]{1,6}") || Integer.parseInt(t) > MAX_CHUNK || sizes.size() >= MAX_CHUNKS)
                return Res.text(clock, r, 400, "400 Bad Request: sizes=" + sizesText + ": \"" + t + "\" is not a chunk size; give up to "
                        + MAX_CHUNKS + " decimal sizes of 0-" + MAX_CHUNK + " bytes, e.g. sizes=3,5,0\n");
            sizes.add(Integer.parseInt(t));
        }
        String ext = r.param("ext", "");
        if (!ext.isEmpty() && !ext.startsWith(";")) ext = ";" + ext;
        String trailers = r.param("trailers", "");
        List<String> trailerLines = new ArrayList<>();
        for (String t : trailers.split(",")) {
            if (t.isBlank()) continue;
            int colon = t.indexOf(':');
            if (colon <= 0) return Res.text(clock, r, 400, "400 Bad Request: trailer \"" + t + "\" is not Name:value (trailers=X-A:1,X-B:2)\n");
            trailerLines.add(t.substring(0, colon).strip() + ": " + t.substring(colon + 1).strip());
        }
        boolean announce;
        try {
            announce = r.flag("announce", true);
        } catch (LabRequest.BadParameter e) {
            return Res.text(clock, r, 400, e.getMessage());
        }
        if (hasControl(ext) || trailerLines.stream().anyMatch(Chunks::hasControl))
            return Res.text(clock, r, 400, "400 Bad Request: ext and trailers may not contain CR, LF or other control bytes\n");
        int zero = sizes.indexOf(0);
        boolean close = !r.message().keepAlive() || zero != sizes.size() - 1;
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Content-Type", "text/plain"});
        fields.add(new String[] {"Transfer-Encoding", "chunked"});
        if (!trailerLines.isEmpty() && announce) { // RFC 9110 §6.6.2: a sender SHOULD announce the trailer fields
            StringBuilder names = new StringBuilder();
            for (String t : trailerLines) names.append(names.length() > 0 ? ", " : "").append(t, 0, t.indexOf(':'));
            fields.add(new String[] {"Trailer", names.toString()});
        }
        if (close) fields.add(new String[] {"Connection", "close"});
        byte[] head = Replies.response(200, "OK", fields.toArray(new String[0][]), new byte[0]);
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            int n = sizes.get(i);
            if (n == 0) {
                StringBuilder last = new StringBuilder("0" + ext + "\r\n");
                for (String t : trailerLines) last.append(t).append("\r\n");
                last.append("\r\n");
                parts.add(Res.latin1(last.toString()));
                continue;
            }
            byte[] data = new byte[n];
            java.util.Arrays.fill(data, (byte) ('a' + i % 26));
            parts.add(chunk(data, ext));
        }
        boolean headOnly = r.is("HEAD");
        return Reply.streamed(w -> {
            w.write(head);
            if (!headOnly) for (byte[] p : parts) w.write(p);
        }, close);
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20 && s.charAt(i) != '\t' || s.charAt(i) == 0x7f) return true;
        return false;
    }
}
