package wirepad.view;

import wirepad.net.ExchangeLog;

/** "connect 0.3 ms · tls —", "first byte 1.1 ms · last byte 1.2 ms": all measured from connect start (0 = reused connection). */
public final class Timing {
    private Timing() {}

    /** Two short lines (so they never wrap): connect and TLS, then first and last byte. */
    public static java.util.List<String> lines(ExchangeLog x) {
        return java.util.List.of("connect " + ms(x.connectNs()) + " · tls " + (x.tlsNs() > 0 ? ms(x.tlsNs()) : "—"),
                "first byte " + ms(x.result().firstByteNs()) + " · last byte " + ms(x.result().lastByteNs()));
    }

    static String ms(long ns) {
        if (ns < 0) return "—";
        long tenths = (ns + 50_000) / 100_000; // no Formatter: it costs start-up time
        return tenths / 10 + "." + tenths % 10 + " ms";
    }
}
