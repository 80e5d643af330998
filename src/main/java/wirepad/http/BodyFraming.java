package wirepad.http;

import java.util.List;
import wirepad.http.Framing.Kind;

/**
 * Message body length, RFC 9112 §6.3, every rule in order. The first rule that applies decides,
 * and the resulting {@link Framing} says which one in words.
 */
final class BodyFraming {
    private BodyFraming() {}

    /**
     * The framing; (when non-null) why the connection must close after this message; and (when
     * non-null) why the bytes after this request may belong to another protocol (an Upgrade
     * request): HTTP/1.1 reading stops after it, as after a tunnel.
     */
    record Decision(Framing framing, String mustClose, String switching) {
        Decision(Framing framing, String mustClose) { this(framing, mustClose, null); }
    }

    private static final String PLAIN_CHUNKED = "Transfer-Encoding: chunked -> chunked body, ends at the zero-size chunk (RFC 9112 §6.3 rule 4)";

    static Decision decide(Role role, StartLine start, List<HeaderField> fields, int known, String requestMethod,
                           ParserOptions o, List<Diagnostic> d) {
        if (start instanceof StartLine.RequestLine r && r.method().equals("CONNECT")) return connect(fields, known, d);
        int status = start instanceof StartLine.StatusLine s ? s.status() : -1;
        // Rule 1: responses to HEAD, and 1xx, 204, 304 responses, end with the header section.
        if (role == Role.RESPONSE) {
            if (status == 101)
                return new Decision(new Framing(Kind.TUNNEL, 0, 1,
                        "101 Switching Protocols -> no body; the bytes after the head belong to the new protocol (RFC 9112 §6.3 rule 1, RFC 9110 §15.2.2)"), null);
            String why = status < 200 ? status + " interim response" : "HEAD".equals(requestMethod) ? "response to HEAD"
                    : status == 204 ? "204 No Content" : status == 304 ? "304 Not Modified" : null;
            if (why != null) {
                String cl = headerValue(fields, "Content-Length");
                return new Decision(new Framing(Kind.NONE, 0, 1, why + " -> no body" + (cl != null ? ", even with Content-Length: " + Fail.visible(cl) : "")
                        + " (RFC 9112 §6.3 rule 1)"), null);
            }
            // Rule 2: any 2xx response to CONNECT: the connection becomes a tunnel.
            if ("CONNECT".equals(requestMethod) && status < 300)
                return new Decision(new Framing(Kind.TUNNEL, 0, 2,
                        status + " to CONNECT -> no body; the connection is now a tunnel (RFC 9112 §6.3 rule 2)"), null);
        }
        TransferCoding te = (known & KnownField.TRANSFER_ENCODING) != 0 ? TransferCoding.of(fields, d) : null;
        if (te != null && o.ignoreTransferEncoding()) {
            d.add(new Diagnostic(te.offset(), "RFC 9112 §6.3 rule 3", "Transfer-Encoding ignored (profile " + o.name() + ")"));
            te = null;
        }
        boolean hasCl = (known & KnownField.CONTENT_LENGTH) != 0;
        if ((known & KnownField.CONNECTION) != 0) hopByHopFraming(fields, d);
        String mustClose = null;
        if (te != null) {
            if (start.version().equals("HTTP/1.0")) {
                d.add(new Diagnostic(te.offset(), "RFC 9112 §6.1", "Transfer-Encoding in an HTTP/1.0 message: framing is faulty, the connection must close"));
                mustClose = "Transfer-Encoding in an HTTP/1.0 message (RFC 9112 §6.1)";
            }
            if (te.chunkedCount() > 1)
                d.add(new Diagnostic(te.offset(), "RFC 9112 §6.1", "chunked is applied more than once (a sender MUST NOT)"));
            boolean plain = te.onlyChunked(); // the usual case: its sentences are constants, not built per message
            String prefix = plain ? "Transfer-Encoding: chunked" : "Transfer-Encoding: " + te.describe();
            int rule = 4;
            if (hasCl) {
                // Rule 3: Transfer-Encoding overrides Content-Length.
                d.add(new Diagnostic(te.offset(), "RFC 9112 §6.3 rule 3", "Transfer-Encoding and Content-Length together: possible request smuggling;"
                        + " Transfer-Encoding wins and the connection must close"));
                mustClose = "Transfer-Encoding and Content-Length together (RFC 9112 §6.1)";
                prefix += " overrides Content-Length: " + Fail.visible(headerValue(fields, "Content-Length"));
                rule = 3;
            }
            // Rule 4: chunked last -> chunked; otherwise close-delimited (response) or 400 (request).
            if (te.chunkedLast())
                return new Decision(new Framing(Kind.CHUNKED, -1, rule, plain && rule == 4 ? PLAIN_CHUNKED : prefix
                        + " -> chunked body, ends at the zero-size chunk (RFC 9112 §6.3 rule " + rule + ")"), mustClose,
                        role == Role.REQUEST ? switching(start, fields, known) : null);
            if (role == Role.REQUEST) {
                String odd = te.lastNotToken();
                throw Fail.at(te.offset(), "RFC 9112 §6.3 rule 4", prefix + " in a request: " + (odd != null
                        ? "the final coding " + Fail.quote(odd) + " is not a token (transfer-coding = token, RFC 9110 §10.1.4), so it is not chunked"
                        : "chunked is not the final coding")
                        + " -> the body length cannot be determined (a server answers 400 and closes)");
            }
            return new Decision(new Framing(Kind.CLOSE, -1, 4, prefix
                    + " (chunked not last) -> body runs until the connection closes (RFC 9112 §6.3 rule 4)"), mustClose);
        }
        // Rules 5 and 6: Content-Length, valid (a fixed length) or not (an error, thrown inside).
        long cl = hasCl ? ContentLength.decide(fields, o, d) : -1;
        if (cl >= 0)
            return new Decision(Framing.contentLength(cl), null, role == Role.REQUEST ? switching(start, fields, known) : null);
        // Rule 7: a request with neither has no body.
        if (role == Role.REQUEST)
            return new Decision(new Framing(Kind.NONE, 0, 7,
                    "request without Content-Length or Transfer-Encoding -> no body (RFC 9112 §6.3 rule 7)"), null, switching(start, fields, known));
        // Rule 8: a response with neither runs until the connection closes.
        return new Decision(new Framing(Kind.CLOSE, -1, 8,
                "response without Content-Length or Transfer-Encoding -> body runs until the connection closes (RFC 9112 §6.3 rule 8)"), null);
    }

    /**
     * A CONNECT request has no content (RFC 9110 §9.3.6): what follows its head is the tunnel's,
     * once the server answers 2xx, and never another request (as h11 reads it). Content-Length or
     * Transfer-Encoding on it is noted and ignored: a front end that reads them as a body and a back
     * end that does not would disagree on where the tunnel starts.
     */
    private static Decision connect(List<HeaderField> fields, int known, List<Diagnostic> d) {
        if ((known & (KnownField.CONTENT_LENGTH | KnownField.TRANSFER_ENCODING)) != 0)
            for (HeaderField f : fields) {
                int bit = f.known();
                if (bit == KnownField.CONTENT_LENGTH || bit == KnownField.TRANSFER_ENCODING)
                    d.add(new Diagnostic(f.line().start(), "RFC 9110 §9.3.6", f.name() + ": " + Fail.visible(f.value())
                            + " on a CONNECT request ignored: it has no content, and the bytes after its head are tunnel data"
                            + " (a front end that reads them as a body disagrees with one that does not)"));
            }
        return new Decision(new Framing(Kind.TUNNEL, 0, 0, "CONNECT request -> no content; the bytes after the head are tunnel data"
                + " once the server answers 2xx, never another request (RFC 9110 §9.3.6)"), null);
    }

    /**
     * An HTTP/1.1 request with {@code Upgrade} and the {@code upgrade} connection option (RFC 9110 §7.8):
     * if the server answers 101, the bytes after this request (and its content) belong to the new
     * protocol. Null when the request cannot switch (no Upgrade, no "upgrade" option, or HTTP/1.0,
     * whose Upgrade a server MUST ignore).
     */
    private static String switching(StartLine start, List<HeaderField> fields, int known) {
        int both = KnownField.CONNECTION | KnownField.UPGRADE; // most requests have neither or only Connection: done at once
        if ((known & both) != both || !start.version().equals("HTTP/1.1")) return null;
        boolean option = false;
        for (HeaderField f : fields) {
            if (option) break;
            if (f.known() != KnownField.CONNECTION) continue;
            for (String o : f.value().split(",", -1)) option |= o.strip().equalsIgnoreCase("upgrade");
        }
        String upgrade = option ? headerValue(fields, "Upgrade") : null;
        return upgrade == null ? null : "Upgrade: " + Fail.visible(upgrade) + " -> if the server answers 101 Switching Protocols,"
                + " the bytes after this request belong to the new protocol, so none is read as another request";
    }

    /**
     * {@code Connection: Content-Length} (or Transfer-Encoding) lists a framing field as hop-by-hop
     * (RFC 9110 §7.6.1): a proxy that honours it removes that field before forwarding, so the next
     * hop frames the same bytes differently (the CL.0 / TE.0 desync). Accepted, with a note.
     */
    private static void hopByHopFraming(List<HeaderField> fields, List<Diagnostic> d) {
        for (HeaderField f : fields) {
            // the name first: asking other fields for their value would make Strings nobody needs (HeaderField.lazy);
            // "keep-alive" and "close" are shorter than either framing name
            if (f.known() != KnownField.CONNECTION || f.value().length() < 14) continue;
            for (String option : f.value().split(",", -1)) {
                String o = option.strip();
                boolean cl = o.equalsIgnoreCase("Content-Length"), te = o.equalsIgnoreCase("Transfer-Encoding");
                if (!cl && !te) continue;
                d.add(new Diagnostic(f.valueSpan().start(), "RFC 9110 §7.6.1", "Connection: " + o + " makes a framing field hop-by-hop:"
                        + " a proxy that honours it removes " + o + " before forwarding, and the next hop "
                        + (cl ? "reads this body as the start of the next request (CL.0)"
                              : "frames the chunked body by Content-Length or as no body (TE.0)")));
            }
        }
    }

    static String headerValue(List<HeaderField> fields, String name) {
        for (HeaderField f : fields) if (f.is(name)) return f.value();
        return null;
    }
}
