package wirepad.view;

import wirepad.net.ExchangeLog;

/**
 * "connect 0.3 ms · tls —", "first byte 1.1 ms · last byte 1.2 ms": measured from connect start; on a
 * reused connection "reused · idle 2 041.0 ms" (the time at the prompt) and first and last byte from the request's first write.
 */
public final class Timing {
    private Timing() {}

    /**
     * Two short lines (so they never wrap): connect and TLS, then first and last byte. On a reused
     * connection the time at the prompt is not the server's: the first line says how long the
     * connection sat idle, and first and last byte count from this exchange's first write.
     */
    public static java.util.List<String> lines(ExchangeLog x) {
        long start = x.result().startNs();
        // connectNs 0: the connection was made before this exchange ('open', or an earlier send on it)
        if (x.connectNs() == 0 && start > 0) {
            long idle = idleNs(x);
            return java.util.List.of("reused · idle " + ms(idle),
                    "first byte " + ms(since(x.result().firstByteNs(), start)) + " · last byte " + ms(since(x.result().lastByteNs(), start)));
        }
        return java.util.List.of("connect " + ms(x.connectNs()) + " · tls " + (x.tlsNs() > 0 ? ms(x.tlsNs()) : "—"),
                "first byte " + ms(x.result().firstByteNs()) + " · last byte " + ms(x.result().lastByteNs()));
    }

    /** On a connection made before this exchange: the time it sat unused before this exchange's first write. */
    static long idleNs(ExchangeLog x) { return Math.max(0, x.result().startNs() - lastBefore(x)); }

    private static long since(long t, long start) { return t < 0 ? -1 : Math.max(0, t - start); }

    /** When the connection last carried a byte before this exchange (since connect start). */
    private static long lastBefore(ExchangeLog x) {
        long last = 0;
        for (wirepad.net.Ledger.Entry e : x.ledger().entries()) {
            long end = e.offset() + e.bytes().length;
            boolean before = e.dir() == wirepad.net.Direction.SENT ? end <= x.sentFrom() : end <= x.result().receivedFrom();
            if (before) last = Math.max(last, e.nanos());
        }
        return last;
    }

    static String ms(long ns) {
        if (ns < 0) return "—";
        long tenths = (ns + 50_000) / 100_000; // no Formatter: it costs start-up time
        return tenths / 10 + "." + tenths % 10 + " ms";
    }
}
