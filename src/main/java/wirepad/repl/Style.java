package wirepad.repl;

/** The few colours the REPL uses; {@link Out#paint} applies them only when colour is on. */
public enum Style {
    BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), CYAN("36");

    private final String sgr;

    Style(String sgr) { this.sgr = sgr; }

    public String wrap(String text) { return "\u001b[" + sgr + "m" + text + "\u001b[0m"; }

    /** Removes ANSI colour sequences (what {@link #wrap} adds). */
    public static String strip(String text) {
        return text.indexOf('\u001b') < 0 ? text : text.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
