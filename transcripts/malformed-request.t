# Crafting a malformed request byte by byte, and reading what the server says about it.
# The echo server parses strictly (RFC 9112): it answers 400 naming the byte and the rule, then closes.
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> new GET / HTTP/1.1
    GET / HTTP/1.1␍␊
    ␍␊
    (no body)
    18 bytes
# A space between the field name and the colon: a classic request smuggling trick (RFC 9112 §5.1).
wirepad> h Host : a
added line 1: Host : a␍␊
wirepad> show
    GET / HTTP/1.1␍␊
  1 Host : a␍␊
    ␍␊
    (no body)
    28 bytes
strict:  REJECTED byte 20: whitespace between field name and colon "Host :" (a server MUST reject this with 400: it is a request smuggling vector) (RFC 9112 §5.1)
           Host : a␍␊
               ^ byte 20
lenient: accepted (a lenient server would go on; see 'lint' for the profiles)
wirepad> send $echo --view curl
[#]1 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET / HTTP/1.1
> Host : a
>
< HTTP/1.1 400 Bad Request
< Date: $DATE
< Content-Type: text/plain; charset=utf-8
< Content-Length: 192
< Connection: close
<
400 Bad Request: byte 20: whitespace between field name and colon "Host :" (a server MUST reject this with 400: it is a request smuggling vector) (RFC 9112 §5.1)
Host : a␍␊
    ^ byte 20
* stopped: Content-Length satisfied (192 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
wirepad> log
echo: echo #1: byte 20: whitespace between field name and colon "Host :" (a server MUST reject this with 400: it is a request smuggling vector) (RFC 9112 §5.1) -> answered 400, closing
# Fix the name, but end the line with a bare LF (typed as \n): RFC 9112 §2.2 wants CRLF.
wirepad> header set 1 Host: a\n
replaced line 1: Host: a␊
    GET / HTTP/1.1␍␊
  1 Host: a␊
    ␍␊
    (no body)
    26 bytes
wirepad> show
    GET / HTTP/1.1␍␊
  1 Host: a␊
    ␍␊
    (no body)
    26 bytes
strict:  REJECTED byte 23: bare LF (line ends in \n without \r) after "Host: a"; strict wants CRLF (RFC 9112 §2.2)
           Host: a␊
                  ^ byte 23
lenient: accepted (a lenient server would go on; see 'lint' for the profiles)
wirepad> send $echo --view curl
[#]2 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET / HTTP/1.1
> Host: a␊
>
< HTTP/1.1 400 Bad Request
< Date: $DATE
< Content-Type: text/plain; charset=utf-8
< Content-Length: 143
< Connection: close
<
400 Bad Request: byte 23: bare LF (line ends in \n without \r) after "Host: a"; strict wants CRLF (RFC 9112 §2.2)
Host: a␊
       ^ byte 23
* stopped: Content-Length satisfied (143 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
# The same bytes typed in one go with 'raw', now correct: 200 OK.
wirepad> raw --view curl $echo GET / HTTP/1.1\r\nHost: a\r\n\r\n
[#]3 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET / HTTP/1.1
> Host: a
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 22
< Content-Type: text/plain; charset=utf-8
<
You have requested: /
* stopped: Content-Length satisfied (22 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
