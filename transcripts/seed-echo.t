# The seed's walkthrough ("Network stack - Part 1"), offline: the Perl echo server on a local port,
# curl -v's view of one GET, tcpflow's view of the same bytes, and what Date and Content-Length mean.
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> new http://$echo/
host: added line 1: Host: $echo (from the URL); send goes to $echo
    GET / HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    41 bytes
wirepad> h User-Agent: curl/7.61.1
added line 2: User-Agent: curl/7.61.1␍␊
wirepad> h Accept: */*
added line 3: Accept: */*␍␊
wirepad> show
    GET / HTTP/1.1␍␊
  1 Host: $echo␍␊
  2 User-Agent: curl/7.61.1␍␊
  3 Accept: */*␍␊
    ␍␊
    (no body)
    79 bytes
strict:  ok, request without Content-Length or Transfer-Encoding -> no body (RFC 9112 §6.3 rule 7)
# Send it: raw bytes on the left, the parser's reading on the right, and why reading stopped.
wirepad> send
[#]1 \$echo (re)
── raw response (139 bytes) ──            │ ── parsed ──
HTTP/1.1 200 OK␍␊                         │ status    HTTP/1.1 200 OK
Date: $DATE␍␊     │ bytes     0..139  (head 117, body 22 on the wire)
Content-Length: 22␍␊                      │ headers   #  name            value
Content-Type: text/plain; charset=utf-8␍␊ │           1  Date            [..]
␍␊                                        │ [..]
You have requested: /␊                    │           2  Content-Length  22
                                          │           3  Content-Type    text/plain; charset=utf-8
                                          │ framing   Content-Length: 22 -> body is the next 22
                                          │           bytes (RFC 9112 §6.3 rule 6)
                                          │ persist   HTTP/1.1 without Connection: close ->
                                          │           persistent (RFC 9112 §9.3)
                                          │ body      22 bytes
                                          │ stopped: Content-Length satisfied (22 bytes)
                                          │ timing    connect [..] ms · tls —
                                          │           first byte [..] ms · last byte [..] ms
# The same exchange as curl -v prints it (> sent, < received) ...
wirepad> view curl
[#]1 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET / HTTP/1.1
> Host: $echo
> User-Agent: curl/7.61.1
> Accept: */*
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 22
< Content-Type: text/plain; charset=utf-8
<
You have requested: /
* stopped: Content-Length satisfied (22 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# ... and as tcpflow -c prints it: each direction labelled source-destination, ports in 5 digits.
wirepad> view flow
[#]1 \$echo (re)
127.0.0.1.[..]-127.0.0.1.[..]: GET / HTTP/1.1
Host: $echo
User-Agent: curl/7.61.1
Accept: */*


127.0.0.1.[..]-127.0.0.1.[..]: HTTP/1.1 200 OK
Date: $DATE
Content-Length: 22
Content-Type: text/plain; charset=utf-8

You have requested: /
# The server logged the request it received, raw.
wirepad> log
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET / HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: User-Agent: curl/7.61.1␍␊
echo: Accept: */*␍␊
echo: ␍␊
# Date and Content-Length, the two fields the seed cares about, explained.
wirepad> explain
HTTP/1.1 200 OK  — 2xx success
Date: $DATE
  when the server made this response, by its own clock (RFC 9110 §6.6.1); always IMF-fixdate in GMT
  valid HTTP-date
Content-Length: 22
  the body is exactly 22 bytes: the reader takes 22 bytes after the empty line and stops (RFC 9112 §6.3 rule 6); here 22 = 21 printable + 1 LF ("You have requested: /␊")
Content-Type: text/plain; charset=utf-8
  the media type of the body and its charset, so the client knows how to read the bytes (RFC 9110 §8.3)
framing: Content-Length: 22 -> body is the next 22 bytes (RFC 9112 §6.3 rule 6)
persist: HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)
stopped: Content-Length satisfied (22 bytes)
wirepad> history
[#]1 +\$echo +GET / HTTP/1\.1 +-> 200 OK; stopped: Content-Length satisfied \(22 bytes\) (re)
