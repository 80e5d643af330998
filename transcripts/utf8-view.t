# Raw views show valid UTF-8 as text when the response says charset=utf-8 ('set utf8 auto', the default);
# the bytes stay the truth: 'set utf8 off' shows every byte >= 0x80 as \xHH, and 'view hex' always does.
wirepad> serve canned --close HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ncafé — ok\n\xff\n
canned server 'canned' listening on $canned  ($canned)
wirepad> raw $canned GET / HTTP/1.1\r\nHost: a\r\n\r\n
[#]1 \$canned (re)
── raw response (75 bytes) ──             │ ── parsed ──
HTTP/1.1 200 OK␍␊                         │ status    HTTP/1.1 200 OK
Content-Type: text/plain; charset=utf-8␍␊ │ bytes     0..75  (head 60, body 15 on the wire)
␍␊                                        │ headers   #  name          value
café — ok␊                                │           1  Content-Type  text/plain; charset=utf-8
\xff␊                                     │ framing   response without Content-Length or
                                          │           Transfer-Encoding -> body runs until the
                                          │           connection closes (RFC 9112 §6.3 rule 8)
                                          │ persist   the body ends when the connection closes, so
                                          │           it cannot be reused
                                          │ body      15 bytes
                                          │ stopped: peer closed after 15 bytes (close-delimited
                                          │           body)
                                          │ timing    connect $MS ms · tls —
                                          │           first byte $MS ms · last byte $MS ms
wirepad> set utf8 off
wirepad> view
[#]1 \$canned (re)
── raw response (75 bytes) ──             │ ── parsed ──
HTTP/1.1 200 OK␍␊                         │ status    HTTP/1.1 200 OK
Content-Type: text/plain; charset=utf-8␍␊ │ bytes     0..75  (head 60, body 15 on the wire)
␍␊                                        │ headers   #  name          value
caf\xc3\xa9 \xe2\x80\x94 ok␊              │           1  Content-Type  text/plain; charset=utf-8
\xff␊                                     │ framing   response without Content-Length or
                                          │           Transfer-Encoding -> body runs until the
                                          │           connection closes (RFC 9112 §6.3 rule 8)
                                          │ persist   the body ends when the connection closes, so
                                          │           it cannot be reused
                                          │ body      15 bytes
                                          │ stopped: peer closed after 15 bytes (close-delimited
                                          │           body)
                                          │ timing    connect $MS ms · tls —
                                          │           first byte $MS ms · last byte $MS ms
wirepad> view hex
[#]1 \$canned (re)
> sent 27 bytes, 127.0.0.1:$PORT -> $canned
00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
          └ 0000..000e request-line "GET / HTTP/1.1"
00000010  48 6f 73 74 3a 20 61 0d  0a 0d 0a                 |Host: a....|
          └ 0010..0017 field Host "Host: a"

< received 75 bytes
00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|
          └ 0000..000f status-line "HTTP/1.1 200 OK"
00000010  0a 43 6f 6e 74 65 6e 74  2d 54 79 70 65 3a 20 74  |.Content-Type: t|
          └ 0011..0038 field Content-Type "Content-Type: text/plain"…
00000020  65 78 74 2f 70 6c 61 69  6e 3b 20 63 68 61 72 73  |ext/plain; chars|
00000030  65 74 3d 75 74 66 2d 38  0d 0a 0d 0a 63 61 66 c3  |et=utf-8....caf.|
          └ 003c..004b body 15 bytes (close)
00000040  a9 20 e2 80 94 20 6f 6b  0a ff 0a                 |. ... ok...|
wirepad> set utf8 auto
wirepad> serve canned --close HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\ncafé\n
canned server 'canned2' listening on $canned2  ($canned2)
wirepad> raw $canned2 GET / HTTP/1.1\r\nHost: a\r\n\r\n
[#]2 \$canned2 (re)
── raw response (51 bytes) ──  │ ── parsed ──
HTTP/1.1 200 OK␍␊              │ status    HTTP/1.1 200 OK
Content-Type: text/plain␍␊     │ bytes     0..51  (head 45, body 6 on the wire)
␍␊                             │ headers   #  name          value
caf\xc3\xa9␊                   │           1  Content-Type  text/plain
                               │ framing   response without Content-Length or Transfer-Encoding ->
                               │           body runs until the connection closes (RFC 9112 §6.3 rule
                               │           8)
                               │ persist   the body ends when the connection closes, so it cannot be
                               │           reused
                               │ body      6 bytes
                               │ stopped: peer closed after 6 bytes (close-delimited body)
                               │ timing    connect $MS ms · tls —
                               │           first byte $MS ms · last byte $MS ms
wirepad> set utf8 on
wirepad> view
[#]2 \$canned2 (re)
── raw response (51 bytes) ──  │ ── parsed ──
HTTP/1.1 200 OK␍␊              │ status    HTTP/1.1 200 OK
Content-Type: text/plain␍␊     │ bytes     0..51  (head 45, body 6 on the wire)
␍␊                             │ headers   #  name          value
café␊                          │           1  Content-Type  text/plain
                               │ framing   response without Content-Length or Transfer-Encoding ->
                               │           body runs until the connection closes (RFC 9112 §6.3 rule
                               │           8)
                               │ persist   the body ends when the connection closes, so it cannot be
                               │           reused
                               │ body      6 bytes
                               │ stopped: peer closed after 6 bytes (close-delimited body)
                               │ timing    connect $MS ms · tls —
                               │           first byte $MS ms · last byte $MS ms
