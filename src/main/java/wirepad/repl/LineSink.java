package wirepad.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An OutputStream that hands each complete line to a consumer: lets a server that logs to a
 * PrintStream log into a {@link Servers.Running} instead ({@code new PrintStream(sink, true, UTF_8)}).
 * The target can be set after the stream is made (the Running exists only once the server is bound);
 * lines before that are dropped.
 */
public final class LineSink extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile Consumer<String> target;

    public void target(Consumer<String> t) { target = t; }

    /** A PrintStream (auto-flush, UTF-8) writing into a new sink that delivers to {@code target} once set. */
    public PrintStream printStream() { return new PrintStream(this, true, StandardCharsets.UTF_8); }

    @Override public synchronized void write(int b) {
        if (b == '\n') {
            String s = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
            Consumer<String> t = target;
            if (t != null) t.accept(s);
        } else {
            line.write(b);
        }
    }

    @Override public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) write(b[i]);
    }
}
