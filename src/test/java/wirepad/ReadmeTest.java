package wirepad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wirepad.transcript.Expect;
import wirepad.transcript.Step;
import wirepad.transcript.Transcript;

/**
 * The README cannot drift from the program: every block in it that shows a session (lines with the
 * {@code wirepad> } prompt) is preceded by {@code <!-- checked by transcripts/X.t ... -->}, and
 * each command it shows is a step of one of those transcripts (which {@code make test} runs),
 * with every output line it shows matching that step's expected output, in order. Ports,
 * {@code $variables}, dates and measured times are compared as placeholders; a line {@code ...}
 * in the README leaves lines out; {@code more> } lines right after a command are its continuation lines; text after two spaces and {@code #} is a comment; file names are
 * compared without {@code transcripts/}, the folder a transcript runs in. A block that
 * is not a session (the transcript format itself) says {@code <!-- not a session -->}.
 */
class ReadmeTest {
    private static final Pattern MARK = Pattern.compile("<!-- checked by ((?:transcripts/\\S+\\.t ?)+)-->");
    private static final String NOT_A_SESSION = "<!-- not a session -->";
    private static final String PROMPT = "    wirepad> ";

    private record Block(int line, String marker, List<String> lines) {}

    @Test void everySessionInTheReadmeIsCheckedAgainstATranscript() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Block> blocks = blocks(readme);
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            if (b.lines().stream().noneMatch(l -> l.startsWith(PROMPT))) continue;
            if (NOT_A_SESSION.equals(b.marker())) continue;
            var m = b.marker() == null ? null : MARK.matcher(b.marker());
            if (m == null || !m.matches()) {
                problems.add("README.md:" + b.line() + ": a session block needs '<!-- checked by transcripts/X.t -->' on the line before it");
                continue;
            }
            List<Step> steps = new ArrayList<>();
            for (String f : m.group(1).strip().split(" ")) steps.addAll(Transcript.read(Path.of(f)).steps());
            checkBlock(b, steps, m.group(1).strip(), problems);
            checked++;
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked >= 5, "the README's session blocks were found: " + checked);
    }

    /** Each README command with the output lines under it must be a step of the transcripts. */
    private static void checkBlock(Block b, List<Step> steps, String files, List<String> problems) {
        List<String> lines = b.lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith(PROMPT)) continue;
            // a transcript runs in its own folder: 'serve dns transcripts/x.zone' there is 'serve dns x.zone'
            String cmd = l.substring(PROMPT.length()).replaceFirst("\\s{2,}#.*$", "").strip().replace("transcripts/", "");
            List<String> more = new ArrayList<>(), shown = new ArrayList<>();
            for (int k = i + 1; k < lines.size() && !lines.get(k).startsWith(PROMPT); k++) {
                String o = lines.get(k).length() > 4 ? lines.get(k).substring(4) : "";
                if (shown.isEmpty() && Transcript.isMore(o)) more.add(o.length() > 6 ? o.substring(6) : "");
                else shown.add(o);
            }
            boolean found = false;
            for (Step s : steps) {
                if (s.input().strip().equals(cmd) && s.more().equals(more) && shows(s.expected(), shown)) { found = true; break; }
            }
            if (!found) problems.add("README.md:" + (b.line() + i) + ": 'wirepad> " + cmd + "'"
                    + (shown.isEmpty() ? "" : " with the " + shown.size() + " output lines under it")
                    + " is not a step of " + files);
        }
    }

    /** The README's lines, in order, each match an expected line of the step (README "..." skips). */
    private static boolean shows(List<Expect> expected, List<String> shown) {
        int at = 0;
        for (String r : shown) {
            if (r.strip().equals("...") || r.isBlank()) continue;
            boolean hit = false;
            while (at < expected.size()) {
                Expect e = expected.get(at++);
                if (canon(e.text()).equals(canon(r)) || e.matches(r.stripTrailing())) { hit = true; break; }
            }
            if (!hit) return false;
        }
        return true;
    }

    private static final Pattern DATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2}( GMT)?");

    /** Values that differ from run to run (or between the README and a transcript) as one placeholder. */
    static String canon(String s) {
        s = DATE.matcher(s).replaceAll("\\$X");
        s = s.replaceAll("(127\\.0\\.0\\.1|localhost)[:.]\\d{1,5}", "\\$X");
        s = s.replaceAll("\\d+\\.\\d+ (ms|msec)", "\\$X ms");
        s = s.replaceAll("\\$[A-Za-z_][A-Za-z0-9_]*", "\\$X");
        return s.replaceAll("\\s+$", "").replaceAll(" {2,}", " ");
    }

    /** Indented (4 spaces) blocks, each with the last non-blank line before it (its marker, if any). */
    private static List<Block> blocks(List<String> readme) {
        List<Block> out = new ArrayList<>();
        String before = null;
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (l.startsWith("    ") && (i == 0 || readme.get(i - 1).isBlank())) {
                List<String> lines = new ArrayList<>();
                int start = i;
                while (i < readme.size() && (readme.get(i).startsWith("    ") || readme.get(i).isBlank())) lines.add(readme.get(i++));
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
                out.add(new Block(start + 1, before, lines));
                i--;
                continue;
            }
            if (!l.isBlank()) before = l.strip();
        }
        return out;
    }
}
