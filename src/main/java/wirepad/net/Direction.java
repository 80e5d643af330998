package wirepad.net;

/** Which way bytes went on a connection, from the client's side. */
public enum Direction {
    SENT(">"), RECEIVED("<");

    public final String arrow;

    Direction(String arrow) { this.arrow = arrow; }
}
