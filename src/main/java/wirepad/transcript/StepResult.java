package wirepad.transcript;

import java.util.List;

/** A step after running: the normalized actual output and its alignment with the expected. */
public record StepResult(Step step, List<String> actual, Alignment alignment) {
    public StepResult {
        actual = List.copyOf(actual);
    }

    public boolean ok() { return alignment.matches(); }
}
