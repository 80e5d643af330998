package wirepad.dns;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * DNS over TCP framing (RFC 1035 §4.2.2, RFC 7766 §8): each message is preceded by a two-octet
 * length. Bring-your-own-I/O: {@link #feed} takes whatever bytes arrived (any slicing, including
 * one byte at a time or several pipelined messages at once), {@link #next} hands out whole
 * messages, or null when more bytes are needed.
 */
public final class TcpFramer {
    private byte[] buf = new byte[0];
    private int len;
    private final Deque<byte[]> ready = new ArrayDeque<>();
    private long consumed;

    /** The message with its two-octet length prefix. */
    public static byte[] frame(byte[] message) {
        if (message.length > 0xffff) throw new IllegalArgumentException("message of " + message.length + " bytes exceeds 65535");
        byte[] out = new byte[message.length + 2];
        out[0] = (byte) (message.length >> 8);
        out[1] = (byte) message.length;
        System.arraycopy(message, 0, out, 2, message.length);
        return out;
    }

    public void feed(byte[] b) { feed(b, 0, b.length); }

    public void feed(byte[] b, int off, int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
        System.arraycopy(b, off, buf, len, n);
        len += n;
        while (len >= 2) {
            int size = (buf[0] & 0xff) << 8 | (buf[1] & 0xff);
            if (len < 2 + size) break;
            ready.add(Arrays.copyOfRange(buf, 2, 2 + size));
            System.arraycopy(buf, 2 + size, buf, 0, len - 2 - size);
            len -= 2 + size;
            consumed += 2 + size;
        }
    }

    /** The next whole message, or null if none is complete yet. */
    public byte[] next() { return ready.poll(); }

    /** Bytes held that do not yet form a whole frame. */
    public int pending() { return len; }

    /** Stream offset of the first byte not yet framed (for error messages about the stream). */
    public long consumed() { return consumed; }

    /** The length the next frame announces, or -1 if fewer than two bytes are buffered. */
    public int announced() { return len < 2 ? -1 : (buf[0] & 0xff) << 8 | (buf[1] & 0xff); }
}
