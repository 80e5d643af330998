package wirepad.view;

import wirepad.net.ExchangeLog;

/** "connect 0.3 ms · tls — · first byte 1.1 ms · last byte 1.2 ms", all measured from connect start. */
public final class Timing {
    private Timing() {}

    public static String line(ExchangeLog x) {
        return "connect " + ms(x.connectNs()) + " · tls " + (x.tlsNs() > 0 ? ms(x.tlsNs()) : "—")
                + " · first byte " + ms(x.result().firstByteNs()) + " · last byte " + ms(x.result().lastByteNs());
    }

    static String ms(long ns) {
        if (ns < 0) return "—";
        double m = ns / 1e6;
        return m < 10 ? String.format("%.2f ms", m) : m < 1000 ? String.format("%.1f ms", m) : String.format("%.0f ms", m);
    }
}
