package wirepad.server.lab;

/** The lab's help page at {@code /}: every endpoint, and for each fault what a careful client does. */
final class IndexPage {
    private IndexPage() {}

    static String text(String root) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                wirepad lab — an HTTP/1.1 server for experiments. Every request is logged raw.

                Bob's widgets (the seed's application)
                  GET  /widgets          the HTML list ("Bob's Widgets")
                  GET  /widgets/N        one widget
                  GET  /widgets/new      an HTML form that posts name, color and stock
                  POST /widgets          Content-Type: application/x-www-form-urlencoded
                                         body name=My%20Widget&color=blue&stock=20 (Content-Length: 36)
                                         -> 201 Created, Location: /widgets/N
                                         a missing length (411), another media type (415), a bad form (400)
                                         or a form that is not a widget (422) is answered with the reason

                httpbin-style (a parameter out of range or not a number is answered 400, naming it)
                  /get /post /anything[/...] /headers    echo the request as JSON (headers in order, as sent)
                  /status/N[?body=TEXT]   answer with status N (200-599)
                  /redirect/N             302 chain of N hops ending at /get
                  /bytes/N[?seed=S]       N pseudo-random bytes (N <= 102400)
                  /delay/N                wait N seconds (0-10, fractions allowed), then answer like /get
                  /drip?numbytes=10&duration=2&delay=0&code=200
                                          Content-Length numbytes (0-10240), then one byte at a time over
                                          duration seconds, after delay seconds (delay + duration <= 10)
                  /stream/N               N JSON lines, chunked, one chunk per line
                  /chunked?sizes=3,5,0&ext=;k=v&trailers=X-A:1,X-B:2
                                          chunked exactly as asked: one chunk per size, ext after every size,
                                          trailers after the 0; sizes not ending in 0 leave the body unfinished;
                                          with trailers the head says Trailer: X-A, X-B, as a sender SHOULD
                                          (RFC 9110 §6.6.2); &announce=0 leaves it out
                  /raw[?hex]              the exact bytes of your request (case, order, whitespace, line ends);
                                          ?hex (or hex=1) as a hexdump

                Misbehaving endpoints (each closes the connection afterwards)
                """);
        for (Malformed m : Malformed.values()) {
            sb.append("  ").append(m.path()).append('\n')
              .append("      sends:   ").append(m.sends).append('\n')
              .append("      rule:    ").append(m.rule).append('\n')
              .append("      client:  ").append(m.advice).append('\n');
        }
        sb.append('\n');
        sb.append(root == null
                ? "Static files: none (start with --root DIR: GET /x serves DIR/x, DIR/x/index.html or DIR/x.html, else the app answers)\n"
                : "Static files: " + root + " is looked up first (GET /x serves x, x/index.html or x.html); not found -> the app answers\n");
        return sb.toString();
    }
}
