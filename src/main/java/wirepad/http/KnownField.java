package wirepad.http;

/** The field names that decide framing and persistence, as bits, found without a case-folding copy. */
final class KnownField {
    private KnownField() {}

    static final int HOST = 1, CONTENT_LENGTH = 2, TRANSFER_ENCODING = 4, CONNECTION = 8, UPGRADE = 16;

    static int bit(String name) {
        if (name.isEmpty()) return 0;
        int c = name.charAt(0) | 0x20;
        return switch (name.length()) {
            // the first letter rules out almost every other name before any comparison
            case 4 -> c == 'h' && (name.equals("Host") || name.equalsIgnoreCase("Host")) ? HOST : 0;
            case 7 -> c == 'u' && (name.equals("Upgrade") || name.equalsIgnoreCase("Upgrade")) ? UPGRADE : 0;
            case 10 -> c == 'c' && (name.equals("Connection") || name.equalsIgnoreCase("Connection")) ? CONNECTION : 0;
            case 14 -> c == 'c' && (name.equals("Content-Length") || name.equalsIgnoreCase("Content-Length")) ? CONTENT_LENGTH : 0;
            case 17 -> c == 't' && (name.equals("Transfer-Encoding") || name.equalsIgnoreCase("Transfer-Encoding")) ? TRANSFER_ENCODING : 0;
            default -> 0;
        };
    }
}
