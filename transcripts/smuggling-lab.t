# CL.TE and TE.CL against the lab server. A front end and a back end that pick different rules
# (Content-Length vs Transfer-Encoding) disagree on where a request ends: the leftover bytes
# become the start of somebody else's request. The lab follows RFC 9112: TE wins, and it closes.
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
# CL.TE: Content-Length says 6 body bytes ("0\r\n\r\nG"); chunked says the body ends after "0\r\n\r\n".
wirepad> raw --view curl $lab POST /post HTTP/1.1\r\nHost: lab\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG
[#]1 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> POST /post HTTP/1.1
> Host: lab
> Content-Length: 6
> Transfer-Encoding: chunked
>
0

* 1 byte after the request's end (a server reads them as the start of the next request):
> G
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: application/json
< Content-Length: 326
< Connection: close
<
{"method":"POST","url":"/post","args":{},"headers":[["Host","lab"],["Content-Length","6"],["Transfer-Encoding","chunked"]],"origin":"127.0.0.1:$PORT","data":"","body_bytes":0,"framing":"Transfer-Encoding: chunked overrides Content-Length: 6 -> chunked body, ends at the zero-size chunk (RFC 9112 \u00a76.3 rule 3)","form":{}}
* stopped: Content-Length satisfied (326 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
# Every parser profile on the same bytes: a front end that trusts Content-Length ends after "G".
wirepad> lint #1
lint of the request of #1 (87 bytes)
profile          verdict    ends at  body   framing   left over first note or error
strict           accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
lenient          accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
first-cl         accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
last-cl          accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
te-ignored       accept*    87       6      length    0 B       RFC 9112 §6.3 rule 3  <<
cl-lenient       accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
chunk-lenient    accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3
underscore-dash  accept*    86       0      chunked   1 B       RFC 9112 §6.3 rule 3

DESYNC: strict ends the first message at byte 86 (chunked), te-ignored at byte 87 (length): bytes 86..87 are body to te-ignored and the start of the next message to strict
  te-ignored differs from strict: Transfer-Encoding ignored, Content-Length decides (an HTTP/1.0-style hop)

rules involved:
  RFC 9112 §6.3 rule 3   MUST    Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)
# What the lab itself received, with the rule it followed (TE wins, then the connection must close).
wirepad> log lab
lab: 127.0.0.1.[..]-127.0.0.1.[..]: POST /post HTTP/1.1␍␊
lab: Host: lab␍␊
lab: Content-Length: 6␍␊
lab: Transfer-Encoding: chunked␍␊
lab: ␍␊
lab: 0␍␊
lab: ␍␊
# TE.CL: chunked says an 8-byte chunk follows; a back end that trusts Content-Length: 3 stops early.
wirepad> raw --view curl $lab POST /post HTTP/1.1\r\nHost: lab\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n
[#]2 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> POST /post HTTP/1.1
> Host: lab
> Transfer-Encoding: chunked
> Content-Length: 3
>
8
SMUGGLED
0

< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: application/json
< Content-Length: 334
< Connection: close
<
{"method":"POST","url":"/post","args":{},"headers":[["Host","lab"],["Transfer-Encoding","chunked"],["Content-Length","3"]],"origin":"127.0.0.1:$PORT","data":"SMUGGLED","body_bytes":8,"framing":"Transfer-Encoding: chunked overrides Content-Length: 3 -> chunked body, ends at the zero-size chunk (RFC 9112 \u00a76.3 rule 3)","form":{}}
* stopped: Content-Length satisfied (334 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
wirepad> lint #2
lint of the request of #2 (99 bytes)
profile          verdict    ends at  body   framing   left over first note or error
strict           accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
lenient          accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
first-cl         accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
last-cl          accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
te-ignored       accept*    84       3      length    15 B      RFC 9112 §6.3 rule 3; then the left-over bytes: byte 92: request-line ends after the method "SMUGGLED" (RFC 9112 §3)  <<
cl-lenient       accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
chunk-lenient    accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3
underscore-dash  accept*    99       8      chunked   0 B       RFC 9112 §6.3 rule 3

DESYNC: te-ignored ends the first message at byte 84 (length), strict at byte 99 (chunked): bytes 84..99 are body to strict and the start of the next message to te-ignored
  te-ignored differs from strict: Transfer-Encoding ignored, Content-Length decides (an HTTP/1.0-style hop)

rules involved:
  RFC 9112 §6.3 rule 3   MUST    Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)
  RFC 9112 §3            GRAMMAR the message grammar of RFC 9112 §3
# The same request without Transfer-Encoding is unambiguous: every profile agrees.
wirepad> raw --view curl $lab POST /post HTTP/1.1\r\nHost: lab\r\nContent-Length: 3\r\n\r\nabc
[#]3 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> POST /post HTTP/1.1
> Host: lab
> Content-Length: 3
>
abc
* (the request body has no final newline)
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: application/json
< Content-Length: 243
<
{"method":"POST","url":"/post","args":{},"headers":[["Host","lab"],["Content-Length","3"]],"origin":"127.0.0.1:$PORT","data":"abc","body_bytes":3,"framing":"Content-Length: 3 -> body is the next 3 bytes (RFC 9112 \u00a76.3 rule 6)","form":{}}
* stopped: Content-Length satisfied (243 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
wirepad> lint #3
lint of the request of #3 (56 bytes)
profile          verdict    ends at  body   framing   left over first note or error
strict           accept     56       3      length    0 B
lenient          accept     56       3      length    0 B
first-cl         accept     56       3      length    0 B
last-cl          accept     56       3      length    0 B
te-ignored       accept     56       3      length    0 B
cl-lenient       accept     56       3      length    0 B
chunk-lenient    accept     56       3      length    0 B
underscore-dash  accept     56       3      length    0 B

agree: every profile ends the first message at byte 56
