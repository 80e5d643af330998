package wirepad.transcript;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import wirepad.repl.Session;
import wirepad.repl.Tap;

/**
 * Writes the live session to a transcript as it happens: each command is written when the next
 * one starts (or the session ends), output normalized as a transcript run would see it, and hexdump
 * rows holding a port or a date written as globs ({@link HexGlobs}).
 * {@link #stop()} drops the pending step, which is the {@code record stop} command itself.
 */
final class Recorder implements Tap {
    private final Path file;
    private final String shownAs;
    private final Session session;
    private final BufferedWriter w;
    private String pendingInput;
    private final java.util.List<String> pendingMore = new java.util.ArrayList<>();
    private final StringBuilder pendingOutput = new StringBuilder();
    private int steps;

    Recorder(Path file, String shownAs, Session session) throws IOException {
        this.file = file;
        this.shownAs = shownAs;
        this.session = session;
        this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        w.write("# Recorded with 'record'; check it with: bin/wirepad run " + realPath(file) + "\n");
        w.flush();
    }

    Path file() { return file; }

    /** The file as the shell that started wirepad would name it: relative to its folder when inside it, else absolute. */
    static String realPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * Writes the commands that made the session's variables before the recording started, so that
     * the transcript has them too; their output is not checked ({@code ...}).
     */
    void preamble(List<String> lines, List<String> names) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder("# Made before 'record' started: the commands that made "
                + String.join(", ", names) + " (their output is not checked)\n");
        for (String l : lines) sb.append(Transcript.PROMPT).append(l).append('\n').append(Expect.ANY_LINES).append('\n');
        try {
            w.write(sb.toString());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String shownAs() { return shownAs; }

    int steps() { return steps; }

    @Override public void input(String line) {
        flush();
        pendingInput = line;
    }

    @Override public void more(String line) {
        if (pendingInput != null) pendingMore.add(line);
    }

    @Override public void output(String text) {
        if (pendingInput != null) pendingOutput.append(text);
    }

    /** Ends the recording without the pending step ({@code record stop}). */
    void stop() {
        pendingInput = null;
        pendingMore.clear();
        pendingOutput.setLength(0);
        close();
    }

    @Override public void close() {
        flush();
        try {
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        if (pendingInput == null) return;
        String output = pendingOutput.toString();
        String input = RunValues.pinId(pendingInput, output);
        StringBuilder sb = new StringBuilder();
        if (!input.equals(pendingInput))
            sb.append("# +id=").append(input.substring(input.lastIndexOf("+id=") + 4))
                    .append(": the query id this run drew at random, pinned so that the replay sends the same bytes\n");
        sb.append(Transcript.PROMPT).append(input).append('\n');
        for (String m : pendingMore) sb.append(wirepad.repl.MoreInput.PROMPT).append(m).append('\n');
        pendingMore.clear();
        List<String> volatiles = session.vars().values().stream().filter(Session.Var::isVolatile).map(Session.Var::value).toList();
        List<HexGlobs.Out> lines = HexGlobs.apply(Normalizer.of(session).lines(output), volatiles);
        List<String> texts = lines.stream().map(HexGlobs.Out::text).toList();
        List<String> countdowns = RunValues.countdowns(pendingInput, texts), cut = RunValues.cutPorts(texts);
        for (int i = 0; i < lines.size(); i++) {
            HexGlobs.Out l = lines.get(i);
            String re = l.glob() ? null : countdowns.get(i) != null ? countdowns.get(i) : cut.get(i);
            sb.append(l.glob() ? l.text() : re != null ? re : Lines.escape(l.text())).append('\n');
        }
        pendingInput = null;
        pendingOutput.setLength(0);
        try {
            w.write(sb.toString());
            w.flush();
            steps++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
