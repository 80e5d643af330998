# Several requests on one TCP connection: keep-alive (one after another) and pipelining (back to back).
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> new http://$echo/one
host: added line 1: Host: $echo (from the URL); send goes to $echo
    GET /one HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    44 bytes
wirepad> save one
saved the draft as 'one' (44 bytes)
wirepad> new http://$echo/two
host: added line 1: Host: $echo (from the URL); send goes to $echo
    GET /two HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    44 bytes
wirepad> save two
saved the draft as 'two' (44 bytes)
# 'open' keeps a connection: every send uses it until 'close'. HTTP/1.1 is persistent by default (RFC 9112 §9.3).
wirepad> open $echo
connection open: 127.0.0.1:[..] -> $echo (connect [..] ms); send and pipe use it until 'close'
wirepad> send --view curl
[#]1 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
* Idle $MS ms since the connect (time at the prompt, not the server's)
> GET /two HTTP/1.1
> Host: $echo
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 25
< Content-Type: text/plain; charset=utf-8
<
You have requested: /two
* stopped: Content-Length satisfied (25 bytes)
* Connection left intact: HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)
connection stays open (#1 on it; 'close' ends it)
wirepad> load one
    GET /one HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    44 bytes
wirepad> send --view curl
[#]2 \$echo (re)
* Re-using the open connection to $echo (from 127.0.0.1:[..])
* Idle $MS ms since the last exchange (time at the prompt, not the server's)
> GET /one HTTP/1.1
> Host: $echo
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 25
< Content-Type: text/plain; charset=utf-8
<
You have requested: /one
* stopped: Content-Length satisfied (25 bytes)
* Connection left intact: HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)
connection stays open (#2 on it; 'close' ends it)
# Pipelining: three requests written back to back before any response is read; answers come in order.
wirepad> pipe one two one
pipelining 3 requests back to back on one connection
[#]3 \$echo (re)
── raw response (426 bytes) ──            │ ── parsed ──
HTTP/1.1 200 OK␍␊                         │ response 1
Date: $DATE␍␊     │ status    HTTP/1.1 200 OK
Content-Length: 25␍␊                      │ bytes     0..142  (head 117, body 25 on the wire)
Content-Type: text/plain; charset=utf-8␍␊ │ headers   #  name            value
␍␊                                        │           1  Date            [..]
You have requested: /one␊                 │ [..]
HTTP/1.1 200 OK␍␊                         │           2  Content-Length  25
Date: $DATE␍␊     │           3  Content-Type    text/plain; charset=utf-8
Content-Length: 25␍␊                      │ framing   Content-Length: 25 -> body is the next 25
Content-Type: text/plain; charset=utf-8␍␊ │           bytes (RFC 9112 §6.3 rule 6)
␍␊                                        │ persist   HTTP/1.1 without Connection: close ->
You have requested: /two␊                 │           persistent (RFC 9112 §9.3)
HTTP/1.1 200 OK␍␊                         │ body      25 bytes
Date: $DATE␍␊     │ response 2
Content-Length: 25␍␊                      │ status    HTTP/1.1 200 OK
Content-Type: text/plain; charset=utf-8␍␊ │ bytes     142..284  (head 117, body 25 on the wire)
␍␊                                        │ headers   #  name            value
You have requested: /one␊                 │           1  Date            [..]
                                          │ [..]
                                          │           2  Content-Length  25
                                          │           3  Content-Type    text/plain; charset=utf-8
                                          │ framing   Content-Length: 25 -> body is the next 25
                                          │           bytes (RFC 9112 §6.3 rule 6)
                                          │ persist   HTTP/1.1 without Connection: close ->
                                          │           persistent (RFC 9112 §9.3)
                                          │ body      25 bytes
                                          │ response 3
                                          │ status    HTTP/1.1 200 OK
                                          │ bytes     284..426  (head 117, body 25 on the wire)
                                          │ headers   #  name            value
                                          │           1  Date            [..]
                                          │ [..]
                                          │           2  Content-Length  25
                                          │           3  Content-Type    text/plain; charset=utf-8
                                          │ framing   Content-Length: 25 -> body is the next 25
                                          │           bytes (RFC 9112 §6.3 rule 6)
                                          │ persist   HTTP/1.1 without Connection: close ->
                                          │           persistent (RFC 9112 §9.3)
                                          │ body      25 bytes
                                          │ stopped: Content-Length satisfied (25 bytes)
                                          │ timing    reused · idle $MS ms
                                          │           first byte [..] ms · last byte [..] ms
connection stays open (#3 on it; 'close' ends it)
wirepad> view flow
[#]3 \$echo (re)
127.0.0.1.[..]-127.0.0.1.[..]: GET /one HTTP/1.1
Host: $echo

GET /two HTTP/1.1
Host: $echo

GET /one HTTP/1.1
Host: $echo


127.0.0.1.[..]-127.0.0.1.[..]: HTTP/1.1 200 OK
Date: $DATE
Content-Length: 25
Content-Type: text/plain; charset=utf-8

You have requested: /one
HTTP/1.1 200 OK
Date: $DATE
Content-Length: 25
Content-Type: text/plain; charset=utf-8

You have requested: /two
HTTP/1.1 200 OK
Date: $DATE
Content-Length: 25
Content-Type: text/plain; charset=utf-8

You have requested: /one
wirepad> close
closed the connection to $echo (220 bytes sent, 710 received)
# HTTP/1.0 without "Connection: keep-alive" is not persistent: the server closes after its answer.
wirepad> line GET /old HTTP/1.0
request line: GET /old HTTP/1.0␍␊
wirepad> open $echo
connection open: 127.0.0.1:[..] -> $echo (connect [..] ms); send and pipe use it until 'close'
wirepad> send --view curl
[#]4 \$echo (re)
* Connected to $echo (127.0.0.1) port [..] from 127.0.0.1:[..]
* Idle $MS ms since the connect (time at the prompt, not the server's)
> GET /old HTTP/1.0
> Host: $echo
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 25
< Content-Type: text/plain; charset=utf-8
< Connection: close
<
You have requested: /old
* stopped: Content-Length satisfied (25 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
connection closed: the response says the connection cannot be reused
wirepad> history
[#]1 +\$echo +GET /two HTTP/1\.1 +-> 200 OK; stopped: Content-Length satisfied \(25 bytes\) (re)
[#]2 +\$echo +GET /one HTTP/1\.1 +-> 200 OK; stopped: Content-Length satisfied \(25 bytes\) (re)
[#]3 +\$echo +GET /one HTTP/1\.1 \(\+2\) +-> 200 OK, 200 OK, 200 OK; stopped: Content-Length satisfied \(25 bytes\) (re)
[#]4 +\$echo +GET /old HTTP/1\.0 +-> 200 OK; stopped: Content-Length satisfied \(25 bytes\) (re)
wirepad> log
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /two HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: ␍␊
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /one HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: ␍␊
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /one HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: ␍␊
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /two HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: ␍␊
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /one HTTP/1.1␍␊
echo: Host: $echo␍␊
echo: ␍␊
echo: 127.0.0.1.[..]-127.0.0.1.[..]: GET /old HTTP/1.0␍␊
echo: Host: $echo␍␊
echo: ␍␊
# The server's side of the same story: one line per connection it accepted.
wirepad> received echo
[#]1 127\.0\.0\.1:\$PORT  5 requests \(GET /two, GET /one, GET /one, GET /two, GET /one\) -> 200, 200, 200, 200, 200; 220 bytes in, 710 out; peer closed (re)
[#]2 127\.0\.0\.1:\$PORT  1 request \(GET /old\) -> 200; 44 bytes in, 161 out; server closed (re)
('received echo N' lists connection N's requests; 'received echo N.M curl' shows request M and its answer; views: side, curl, flow, hex, ledger)
