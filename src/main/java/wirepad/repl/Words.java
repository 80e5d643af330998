package wirepad.repl;

import java.util.List;

/** Vocabularies for Tab completion, shared by the command sets. */
public final class Words {
    private Words() {}

    /** RFC 9110 §9 methods plus PATCH (RFC 5789). */
    public static final List<String> HTTP_METHODS = List.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    /** Header names people type most, with the colon so Tab completes the whole field name. */
    public static final List<String> HTTP_HEADERS = List.of(
            "Host:", "User-Agent:", "Accept:", "Accept-Encoding:", "Accept-Language:", "Authorization:",
            "Cache-Control:", "Connection:", "Content-Length:", "Content-Type:", "Cookie:", "Expect:",
            "If-Modified-Since:", "If-None-Match:", "Origin:", "Range:", "Referer:", "TE:", "Trailer:",
            "Transfer-Encoding:", "Upgrade:", "X-Forwarded-For:");

    /** DNS record types (RFC 1035 §3.2.2 and later). */
    public static final List<String> DNS_TYPES = List.of(
            "A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT", "CAA", "DS", "DNSKEY", "HTTPS",
            "SVCB", "ANY");

    /** HTTP versions for request lines. */
    public static final List<String> HTTP_VERSIONS = List.of("HTTP/1.1", "HTTP/1.0");
}
