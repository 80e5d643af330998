package wirepad.transcript;

import java.util.Arrays;
import java.util.List;
import wirepad.repl.BytesCommands;
import wirepad.repl.CommandTable;
import wirepad.repl.CoreCommands;

final class Fixture {
    private Fixture() {}

    static CommandTable table() {
        return new CommandTable(List.of(new CoreCommands(), new BytesCommands(), new TranscriptCommands()));
    }

    static Transcript parse(String text) throws TranscriptException {
        return Transcript.parse("t.t", null, Arrays.asList(text.split("\n", -1)));
    }

    static List<Expect> expect(String... lines) throws TranscriptException {
        List<Expect> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) out.add(Expect.parse("t.t", i + 1, lines[i]));
        return out;
    }
}
