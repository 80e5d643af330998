package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpFramerTest {
    static List<byte[]> drain(TcpFramer f) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] m; (m = f.next()) != null; ) out.add(m);
        return out;
    }

    @Test void wholeAndByteByByteGiveTheSameMessages() {
        byte[] a = Builder.encode(Message.query(1, Question.of("a.lab", RRType.A), null));
        byte[] b = Builder.encode(Message.query(2, Question.of("b.lab", RRType.AAAA), Edns.of(1232, List.of())));
        byte[] stream = new byte[a.length + b.length + 4 + 1];
        System.arraycopy(TcpFramer.frame(a), 0, stream, 0, a.length + 2);
        System.arraycopy(TcpFramer.frame(b), 0, stream, a.length + 2, b.length + 2);
        stream[stream.length - 1] = 0x00; // first byte of a third length prefix

        TcpFramer whole = new TcpFramer();
        whole.feed(stream);
        List<byte[]> w = drain(whole);

        TcpFramer bytewise = new TcpFramer();
        List<byte[]> s = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            bytewise.feed(stream, i, 1);
            s.addAll(drain(bytewise));
            if (i == a.length) assertEquals(0, s.size(), "no message before its last byte");
        }
        assertEquals(2, w.size());
        assertEquals(2, s.size());
        for (int i = 0; i < 2; i++) assertArrayEquals(w.get(i), s.get(i));
        assertArrayEquals(a, w.get(0));
        assertArrayEquals(b, w.get(1));
        assertEquals(1, whole.pending());
        assertEquals(1, bytewise.pending());
        assertEquals(-1, whole.announced());
    }

    @Test void zeroLengthFrameAndLargeLength() {
        TcpFramer f = new TcpFramer();
        f.feed(new byte[] {0, 0, (byte) 0xff, (byte) 0xff, 1});
        assertArrayEquals(new byte[0], f.next());
        assertNull(f.next());
        assertEquals(65535, f.announced());
        assertEquals(3, f.pending());
    }
}
