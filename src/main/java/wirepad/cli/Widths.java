package wirepad.cli;

/** The output width: $COLUMNS when set, else 100. */
final class Widths {
    private Widths() {}

    static int terminal() {
        String c = System.getenv("COLUMNS");
        try {
            return c == null ? 100 : Math.max(20, Integer.parseInt(c.trim()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
