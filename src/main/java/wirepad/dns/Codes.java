package wirepad.dns;

/** Parsing of the generic {@code TYPEnn} / {@code CLASSnn} spellings (RFC 3597 §5). */
final class Codes {
    private Codes() {}

    static int generic(String upper, String prefix, String what) {
        if (upper.startsWith(prefix) && upper.length() > prefix.length() && upper.length() <= prefix.length() + 5) {
            String digits = upper.substring(prefix.length());
            boolean ok = true;
            for (int i = 0; i < digits.length(); i++) ok &= Character.isDigit(digits.charAt(i)) && digits.charAt(i) < 128;
            if (ok) {
                int v = Integer.parseInt(digits);
                if (v <= 0xffff) return v;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + upper + "\" (use a mnemonic or " + prefix + "nn)");
    }
}
