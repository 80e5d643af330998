# Request smuggling, offline: the same bytes read by several parsers. Where two parsers that
# both accept a request end it at different bytes, the bytes between are a body to one and the
# next request to the other. 'lint' shows the grid; nothing is sent anywhere.

# CL.TE: the front trusts Content-Length (te-ignored), the back Transfer-Encoding (strict).
wirepad> bytes POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG
POST / HTTP/1.1␍␊
Host: a␍␊
Content-Length: 6␍␊
Transfer-Encoding: chunked␍␊
␍␊
0␍␊
␍␊
G
81 bytes
00000000  50 4f 53 54 20 2f 20 48  54 54 50 2f 31 2e 31 0d  |POST / HTTP/1.1.|
00000010  0a 48 6f 73 74 3a 20 61  0d 0a 43 6f 6e 74 65 6e  |.Host: a..Conten|
00000020  74 2d 4c 65 6e 67 74 68  3a 20 36 0d 0a 54 72 61  |t-Length: 6..Tra|
00000030  6e 73 66 65 72 2d 45 6e  63 6f 64 69 6e 67 3a 20  |nsfer-Encoding: |
00000040  63 68 75 6e 6b 65 64 0d  0a 0d 0a 30 0d 0a 0d 0a  |chunked....0....|
00000050  47                                                |G|
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG
profile          verdict    ends at  body   framing   left over first note or error
strict           accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
lenient          accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
first-cl         accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
last-cl          accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
te-ignored       accept*    81       6      length    0 B       RFC 9112 §6.3 rule 3  <<
cl-lenient       accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
chunk-lenient    accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3
underscore-dash  accept*    80       0      chunked   1 B       RFC 9112 §6.3 rule 3

DESYNC: strict ends the first message at byte 80 (chunked), te-ignored at byte 81 (length): bytes 80..81 are body to te-ignored and the start of the next message to strict
  te-ignored differs from strict: Transfer-Encoding ignored, Content-Length decides (an HTTP/1.0-style hop)

rules involved:
  RFC 9112 §6.3 rule 3   MUST    Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)

# TE.CL: the front reads chunked (8 bytes "SMUGGLED"), a back that ignores TE reads 3 bytes and
# then sees "SMUGGLED..." as the start of the next request.
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n
profile          verdict    ends at  body   framing   left over first note or error
strict           accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
lenient          accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
first-cl         accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
last-cl          accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
te-ignored       accept*    78       3      length    15 B      RFC 9112 §6.3 rule 3; then the left-over bytes: byte 86: request-line ends after the method "SMUGGLED" (RFC 9112 §3)  <<
cl-lenient       accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
chunk-lenient    accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3
underscore-dash  accept*    93       8      chunked   0 B       RFC 9112 §6.3 rule 3

DESYNC: te-ignored ends the first message at byte 78 (length), strict at byte 93 (chunked): bytes 78..93 are body to strict and the start of the next message to te-ignored
  te-ignored differs from strict: Transfer-Encoding ignored, Content-Length decides (an HTTP/1.0-style hop)

rules involved:
  RFC 9112 §6.3 rule 3   MUST    Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)
  RFC 9112 §3            GRAMMAR the message grammar of RFC 9112 §3

# Duplicate Content-Length: strict rejects (unrecoverable), first-wins and last-wins disagree.
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 10\r\n\r\nhelloworld
profile          verdict    ends at  body   framing   left over first note or error
strict           REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)
lenient          REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)
first-cl         accept*    72       5      length    5 B       RFC 9112 §6.3 rule 5, RFC 9110 §8.6  <<
last-cl          accept*    77       10     length    0 B       RFC 9112 §6.3 rule 5, RFC 9110 §8.6  <<
te-ignored       REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)
cl-lenient       REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)
chunk-lenient    REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)
underscore-dash  REJECT     -        -      -         -         byte 61: differing Content-Length values 5 and 10 (unrecoverable: a server answers 400 and closes) (RFC 9112 §6.3 rule 5)

DESYNC: first-cl ends the first message at byte 72 (length), last-cl at byte 77 (length): bytes 72..77 are body to last-cl and the start of the next message to first-cl
DISAGREE: strict, lenient, te-ignored, cl-lenient, chunk-lenient, underscore-dash reject what first-cl, last-cl accept (a front that accepts forwards what a back that rejects answers with 400)

rules involved:
  RFC 9112 §6.3 rule 5   MUST    invalid or differing Content-Length is unrecoverable: 400 and close
  RFC 9110 §8.6          MAY     a list of identical Content-Length values MAY be accepted as one

# Transfer_Encoding: only a parser that reads '_' as '-' (like a CGI/Rack env) sees chunked.
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nTransfer_Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n
profile          verdict    ends at  body   framing   left over first note or error
strict           accept*    78       3      length    2 B       RFC 9110 §5.1
lenient          accept*    78       3      length    2 B       RFC 9110 §5.1
first-cl         accept*    78       3      length    2 B       RFC 9110 §5.1
last-cl          accept*    78       3      length    2 B       RFC 9110 §5.1
te-ignored       accept*    78       3      length    2 B       RFC 9110 §5.1
cl-lenient       accept*    78       3      length    2 B       RFC 9110 §5.1
chunk-lenient    accept*    78       3      length    2 B       RFC 9110 §5.1
underscore-dash  accept*    80       0      chunked   0 B       RFC 9112 §6.3 rule 3  <<

DESYNC: strict ends the first message at byte 78 (length), underscore-dash at byte 80 (chunked): bytes 78..80 are body to underscore-dash and the start of the next message to strict
  underscore-dash differs from strict: '_' in field names read as '-' (what a CGI/Rack env mapping does: Transfer_Encoding = Transfer-Encoding)

rules involved:
  RFC 9110 §5.1          GRAMMAR field-name = token; names are case-insensitive
  RFC 9112 §6.3 rule 3   MUST    Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)
wirepad> env POST / HTTP/1.1\r\nHost: a\r\nTransfer_Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n
{
  "REQUEST_METHOD"         => "POST",
  "SCRIPT_NAME"            => "",
  "PATH_INFO"              => "/",
  "QUERY_STRING"           => "",
  "SERVER_NAME"            => "a",
  "SERVER_PORT"            => "80",
  "SERVER_PROTOCOL"        => "HTTP/1.1",
  "HTTP_HOST"              => "a",
  "HTTP_TRANSFER_ENCODING" => "chunked",
  "CONTENT_LENGTH"         => "3",
  "rack.url_scheme"        => "http",
  "rack.input"             => "0\r\n"
}
note: "Transfer_Encoding" has '_', and '-' also maps to '_': it cannot be told apart from "Transfer-Encoding" in HTTP_TRANSFER_ENCODING — a smuggling risk: the front server framed the message without it, the app may read it as Transfer-Encoding (servers differ: some drop such names, some merge them)
note: HTTP_TRANSFER_ENCODING describes the hop, not the request: the server has already undone the framing for rack.input
note: Content-Length becomes CONTENT_LENGTH, not HTTP_CONTENT_LENGTH (RFC 3875 §4.1.18 and the Rack SPEC)

# Number parsing: Content-Length = 1*DIGIT, in decimal. cl-lenient reads it the way strtoll(s, NULL, 0)
# does (OpenLiteSpeed before 1.7.18): 0x10 is 16 to it, and 020 is octal 16 while strict reads 20.
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n0123456789abcdef
profile          verdict    ends at  body   framing   left over first note or error
strict           REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
lenient          REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
first-cl         REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
last-cl          REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
te-ignored       REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
cl-lenient       accept*    66       16     length    0 B       RFC 9112 §6.3 rule 5
chunk-lenient    REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)
underscore-dash  REJECT     -        -      -         -         byte 42: invalid Content-Length "0x10": hex notation is not allowed (Content-Length = 1*DIGIT) (RFC 9112 §6.3 rule 5)

DISAGREE: strict, lenient, first-cl, last-cl, te-ignored, chunk-lenient, underscore-dash reject what cl-lenient accepts (a front that accepts forwards what a back that rejects answers with 400)

rules involved:
  RFC 9112 §6.3 rule 5   MUST    invalid or differing Content-Length is unrecoverable: 400 and close
wirepad> lint POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 020\r\n\r\n0123456789abcdefPOST
profile          verdict    ends at  body   framing   left over first note or error
strict           accept     69       20     length    0 B
lenient          accept     69       20     length    0 B
first-cl         accept     69       20     length    0 B
last-cl          accept     69       20     length    0 B
te-ignored       accept     69       20     length    0 B
cl-lenient       accept*    65       16     length    4 B       RFC 9112 §6.3 rule 5  <<
chunk-lenient    accept     69       20     length    0 B
underscore-dash  accept     69       20     length    0 B

DESYNC: cl-lenient ends the first message at byte 65 (length), strict at byte 69 (length): bytes 65..69 are body to strict and the start of the next message to cl-lenient
  cl-lenient differs from strict: Content-Length read like strtoll(s, NULL, 0): '+', 0x hex, leading 0 = octal (OpenLiteSpeed before 1.7.18)

rules involved:
  RFC 9112 §6.3 rule 5   MUST    invalid or differing Content-Length is unrecoverable: 400 and close

# A clean request: every profile agrees.
wirepad> lint POST /widgets HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 36\r\n\r\nname=My%20Widget&color=blue&stock=20
profile          verdict    ends at  body   framing   left over first note or error
strict           accept     140      36     length    0 B
lenient          accept     140      36     length    0 B
first-cl         accept     140      36     length    0 B
last-cl          accept     140      36     length    0 B
te-ignored       accept     140      36     length    0 B
cl-lenient       accept     140      36     length    0 B
chunk-lenient    accept     140      36     length    0 B
underscore-dash  accept     140      36     length    0 B

agree: every profile ends the first message at byte 140

# The lab server runs for the rest of the session; $lab is its address.
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
