package wirepad.http;

/** The field names that decide framing and persistence, as bits, found without a case-folding copy. */
final class KnownField {
    private KnownField() {}

    static final int HOST = 1, CONTENT_LENGTH = 2, TRANSFER_ENCODING = 4, CONNECTION = 8;

    static int bit(String name) {
        return switch (name.length()) {
            // equals first: for the shared constants of CommonNames it is an identity check
            case 4 -> name.equals("Host") || name.equalsIgnoreCase("Host") ? HOST : 0;
            case 10 -> name.equals("Connection") || name.equalsIgnoreCase("Connection") ? CONNECTION : 0;
            case 14 -> name.equals("Content-Length") || (name.charAt(0) | 0x20) == 'c' && name.equalsIgnoreCase("Content-Length") ? CONTENT_LENGTH : 0;
            case 17 -> name.equals("Transfer-Encoding") || (name.charAt(0) | 0x20) == 't' && name.equalsIgnoreCase("Transfer-Encoding") ? TRANSFER_ENCODING : 0;
            default -> 0;
        };
    }
}
