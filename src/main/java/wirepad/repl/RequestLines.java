package wirepad.repl;

import java.util.regex.Pattern;

/**
 * Recognises an HTTP request line typed or pasted at the prompt ({@code GET /x HTTP/1.1}): the REPL
 * then hands it to the {@code paste} command, which reads the rest of the request.
 */
final class RequestLines {
    /** The command that takes over a request line typed at the prompt. */
    static final String PASTE = "paste";

    /** RFC 9112 §3: method SP request-target SP HTTP-version; the method in capitals, as commands never are. */
    private static final Pattern REQUEST_LINE = Pattern.compile("[A-Z][A-Z_-]* \\S+ HTTP/\\d\\.\\d");

    private RequestLines() {}

    static boolean looksLikeOne(String line) { return REQUEST_LINE.matcher(line).matches(); }
}
