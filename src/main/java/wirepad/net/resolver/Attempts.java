package wirepad.net.resolver;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import wirepad.net.Ledger;

/**
 * What a query did on the wire, kept whether it succeeds or fails: a line per attempt and per
 * datagram received (accepted or ignored, with why), every UDP datagram sent and received (ignored
 * ones too), and the ledger of each TCP connection. The caller passes one in and reads it
 * afterwards, so a failed query still shows its attempts and can still be captured. Several
 * queries may record into one (a resolver chasing a CNAME asks more than once).
 * Bounded: at most {@link #MAX_LINES} lines and {@link #MAX_DATAGRAMS} datagrams are kept
 * (a peer could flood us with ignored replies); the rest are counted.
 */
public final class Attempts {
    public static final int MAX_LINES = 500, MAX_DATAGRAMS = 500;

    /** One UDP datagram: sent by us or received, our port, the peer, its bytes and when ({@code System.nanoTime()}). */
    public record Datagram(boolean sent, int localPort, InetSocketAddress peer, byte[] bytes, long nanos) {}

    private final List<String> lines = new ArrayList<>();
    private final List<Datagram> datagrams = new ArrayList<>();
    private int linesDropped, datagramsDropped;
    private final List<Ledger> tcp = new ArrayList<>();

    void line(String s) {
        if (lines.size() < MAX_LINES) lines.add(s);
        else linesDropped++;
    }

    void datagram(Datagram d) {
        if (datagrams.size() < MAX_DATAGRAMS) datagrams.add(d);
        else datagramsDropped++;
    }

    void tcp(Ledger l) { tcp.add(l); }

    /** The log, one line per event; a last line says how many were not kept, if any. */
    public List<String> log() {
        if (linesDropped == 0) return List.copyOf(lines);
        List<String> out = new ArrayList<>(lines);
        out.add("(" + linesDropped + " more line" + (linesDropped == 1 ? "" : "s") + " not kept: at most " + MAX_LINES + ")");
        return List.copyOf(out);
    }

    public List<Datagram> datagrams() { return List.copyOf(datagrams); }

    /** Datagrams not kept beyond {@link #MAX_DATAGRAMS}. */
    public int datagramsDropped() { return datagramsDropped; }

    /** The TCP connections made, in order (none for a query answered over UDP). */
    public List<Ledger> tcp() { return List.copyOf(tcp); }
}
