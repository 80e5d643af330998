# 'length' sets Content-Length to the body's size and says, line by line, what it did. Nothing is sent.
wirepad> new POST / HTTP/1.1
    POST / HTTP/1.1␍␊
    ␍␊
    (no body)
    19 bytes
wirepad> h Host: a
added line 1: Host: a␍␊
wirepad> h Content-Length: 9
added line 2: Content-Length: 9␍␊
wirepad> h Transfer-Encoding: chunked
added line 3: Transfer-Encoding: chunked␍␊
wirepad> h Content-Length: 5
added line 4: Content-Length: 5␍␊
wirepad> body hello
body: 5 bytes (line 2 says Content-Length: 9; 'length' fixes it)
# Every Content-Length line gets the size (a stale duplicate would be a differing value, RFC 9112 §6.3):
# each line is named, changed or left, and the Transfer-Encoding line is pointed out.
wirepad> length
length: changed line 2: Content-Length: 9 -> Content-Length: 5
        left line 4 already says Content-Length: 5
        warning: line 3 says Transfer-Encoding: chunked: with both, Transfer-Encoding frames the body and Content-Length is ignored, or the request is refused as smuggling (RFC 9112 §6.1, §6.3 rule 3)
wirepad> length
length: nothing changed: line 2 already says Content-Length: 5
        left line 4 already says Content-Length: 5
        warning: line 3 says Transfer-Encoding: chunked: with both, Transfer-Encoding frames the body and Content-Length is ignored, or the request is refused as smuggling (RFC 9112 §6.1, §6.3 rule 3)
wirepad> show
    POST / HTTP/1.1␍␊
  1 Host: a␍␊
  2 Content-Length: 5␍␊
  3 Transfer-Encoding: chunked␍␊
  4 Content-Length: 5␍␊
    ␍␊
    hello
    99 bytes (body 5)
strict:  REJECTED byte 94: invalid byte "h" where a chunk-size should start (chunk-size = 1*HEXDIG, no sign, no 0x) (RFC 9112 §7.1)
           hello
           ^ byte 94
lenient: rejected too: byte 94: invalid byte "h" where a chunk-size should start (chunk-size = 1*HEXDIG, no sign, no 0x) (RFC 9112 §7.1)
