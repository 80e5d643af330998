package wirepad.repl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A console for tests: scripted input lines, output and errors captured separately. */
class Capture implements Console {
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    final StringBuilder prompts = new StringBuilder();
    private final Deque<String> input;

    Capture(String... lines) { input = new ArrayDeque<>(List.of(lines)); }

    @Override public String readLine(String prompt) {
        prompts.append(prompt);
        return input.poll();
    }

    @Override public void print(String text) { out.append(text); }

    @Override public void printError(String line) { err.append(line).append('\n'); }

    @Override public int width() { return 80; }

    @Override public boolean color() { return false; }

    static CommandTable table(CommandSet... extra) {
        List<CommandSet> sets = new java.util.ArrayList<>(List.of(new CoreCommands(), new BytesCommands()));
        sets.addAll(List.of(extra));
        return new CommandTable(sets);
    }

    static Repl repl(Capture c, CommandSet... extra) {
        CommandTable t = table(extra);
        return new Repl(t, t.newSession(java.nio.file.Path.of("").toAbsolutePath()), c);
    }
}
