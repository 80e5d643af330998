# How a client finds the end of a response: three canned servers answer with bytes we choose.
# 1. Chunked: the body is a series of size-prefixed chunks ending with a zero-size chunk (RFC 9112 §7.1).
wirepad> serve canned HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;lang=en\r\nHello\r\n7\r\n, world\r\n0\r\nX-Trailer: done\r\n\r\n
canned server 'canned' listening on $canned  ($canned)
wirepad> raw $canned GET / HTTP/1.1\r\nHost: x\r\n\r\n
[#]1 \$canned (re)
── raw response (99 bytes) ──  │ ── parsed ──
HTTP/1.1 200 OK␍␊              │ status    HTTP/1.1 200 OK
Transfer-Encoding: chunked␍␊   │ bytes     0..99  (head 47, body 52 on the wire)
␍␊                             │ headers   #  name               value
5;lang=en␍␊                    │           1  Transfer-Encoding  chunked
Hello␍␊                        │ framing   Transfer-Encoding: chunked -> chunked body, ends at the
7␍␊                            │           zero-size chunk (RFC 9112 §6.3 rule 4)
, world␍␊                      │   chunk   @47  size "5" = 5  ext ;lang=en  data 58..63
0␍␊                            │   chunk   @65  size "7" = 7  data 68..75
X-Trailer: done␍␊              │   chunk   @77  size "0" = 0  (last chunk)
␍␊                             │   trailer X-Trailer: done
                               │ persist   HTTP/1.1 without Connection: close -> persistent (RFC
                               │           9112 §9.3)
                               │ body      12 bytes
                               │ stopped: last chunk read (2 chunks, 12 bytes decoded)
                               │ timing    connect [..] ms · tls —
                               │           first byte [..] ms · last byte [..] ms
# The hexdump labels each chunk-size line: the framing trace.
wirepad> view hex
[#]1 \$canned (re)
> sent 27 bytes, 127.0.0.1:[..] -> $canned
00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
          └ 0000..000e request-line "GET / HTTP/1.1"
00000010  48 6f 73 74 3a 20 78 0d  0a 0d 0a                 |Host: x....|
          └ 0010..0017 field Host "Host: x"

< received 99 bytes
00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|
          └ 0000..000f status-line "HTTP/1.1 200 OK"
00000010  0a 54 72 61 6e 73 66 65  72 2d 45 6e 63 6f 64 69  |.Transfer-Encodi|
          └ 0011..002b field Transfer-Encoding "Transfer-Encoding: chunk"…
00000020  6e 67 3a 20 63 68 75 6e  6b 65 64 0d 0a 0d 0a 35  |ng: chunked....5|
          └ 002f..0038 chunk-size "5" = 5 ext ;lang=en
00000030  3b 6c 61 6e 67 3d 65 6e  0d 0a 48 65 6c 6c 6f 0d  |;lang=en..Hello.|
          └ 003a..003f chunk-data 5 bytes
00000040  0a 37 0d 0a 2c 20 77 6f  72 6c 64 0d 0a 30 0d 0a  |.7.., world..0..|
          └ 0041..0042 chunk-size "7" = 7
          └ 0044..004b chunk-data 7 bytes
          └ 004d..004e last-chunk "0" = 0
00000050  58 2d 54 72 61 69 6c 65  72 3a 20 64 6f 6e 65 0d  |X-Trailer: done.|
          └ 0050..005f trailer X-Trailer "X-Trailer: done"
00000060  0a 0d 0a                                          |...|
# 2. Close-delimited: no Content-Length, no chunked, so the body runs until the server closes.
wirepad> serve canned --close HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nevery byte until the connection closes\n
canned server 'canned2' listening on $canned2  ($canned2)
wirepad> raw $canned2 GET / HTTP/1.1\r\nHost: x\r\n\r\n
[#]2 \$canned2 (re)
── raw response (84 bytes) ──           │ ── parsed ──
HTTP/1.1 200 OK␍␊                       │ status    HTTP/1.1 200 OK
Content-Type: text/plain␍␊              │ bytes     0..84  (head 45, body 39 on the wire)
␍␊                                      │ headers   #  name          value
every byte until the connection closes␊ │           1  Content-Type  text/plain
                                        │ framing   response without Content-Length or
                                        │           Transfer-Encoding -> body runs until the
                                        │           connection closes (RFC 9112 §6.3 rule 8)
                                        │ persist   the body ends when the connection closes, so it
                                        │           cannot be reused
                                        │ body      39 bytes
                                        │ stopped: peer closed after 39 bytes (close-delimited body)
                                        │ timing    connect [..] ms · tls —
                                        │           first byte [..] ms · last byte [..] ms
# 3. A Content-Length that promises more than is sent: the client waits, then gives up after the idle timeout.
wirepad> set timeout 300ms
wirepad> serve canned HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\nYou have
canned server 'canned3' listening on $canned3  ($canned3)
wirepad> raw --view curl $canned3 GET / HTTP/1.1\r\nHost: x\r\n\r\n
[#]3 \$canned3 (re)
* Connected to $canned3 (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET / HTTP/1.1
> Host: x
>
* 47 bytes of an incomplete response:
< HTTP/1.1 200 OK
< Content-Length: 22
<
You have
* stopped: timed out after 8 of 22 body bytes (idle-timeout 300 ms)
* Connection closed (wirepad closed): nothing more can be read from it
# The side view parses what did come: status, headers, the framing that promised 22 bytes, and 8 of them.
wirepad> view
[#]3 \$canned3 (re)
── raw response (47 bytes) ──  │ ── parsed ──
HTTP/1.1 200 OK␍␊              │ response (incomplete)
Content-Length: 22␍␊           │ status    HTTP/1.1 200 OK
␍␊                             │ bytes     0..47  (head 39, body 8 on the wire)
You have                       │ headers   #  name            value
                               │           1  Content-Length  22
                               │ framing   Content-Length: 22 -> body is the next 22 bytes (RFC 9112
                               │           §6.3 rule 6)
                               │ persist   HTTP/1.1 without Connection: close -> persistent (RFC
                               │           9112 §9.3)
                               │ body      8 of 22 bytes so far
                               │ stopped: timed out after 8 of 22 body bytes (idle-timeout 300 ms)
                               │ timing    connect [..] ms · tls —
                               │           first byte [..] ms · last byte [..] ms
wirepad> history
[#]1 +\$canned +GET / HTTP/1\.1 +-> 200 OK; stopped: last chunk read \(2 chunks, 12 bytes decoded\) (re)
[#]2 +\$canned2 +GET / HTTP/1\.1 +-> 200 OK; stopped: peer closed after 39 bytes \(close-delimited body\) (re)
[#]3 +\$canned3 +GET / HTTP/1\.1 +-> 200 OK \(cut short: 8 of 22 body bytes\); stopped: timed out after 8 of 22 body bytes \(idle-timeout 300 ms\) (re)
