# Raw requests pasted or typed line by line become the draft (issue #10), and 'edit' round-trips it.
# A request line typed at the prompt starts a paste that ends at an empty line; line ends become CRLF.
wirepad> GET /x HTTP/1.1
more> Host: a
more>
paste: 3 lines; 3 line ends changed to CRLF (--as-is keeps them)
    GET /x HTTP/1.1␍␊
  1 Host: a␍␊
    ␍␊
    (no body)
    28 bytes
strict:  ok, request without Content-Length or Transfer-Encoding -> no body (RFC 9112 §6.3 rule 7)
wirepad> paste <<END
more> POST /p HTTP/1.1
more> Host: a
more> Content-Length: 3
more>
more> abc
more> END
paste: 5 lines; 4 line ends changed to CRLF (--as-is keeps them)
    POST /p HTTP/1.1␍␊
  1 Host: a␍␊
  2 Content-Length: 3␍␊
    ␍␊
    abc
    51 bytes (body 3)
strict:  ok, Content-Length: 3 -> body is the next 3 bytes (RFC 9112 §6.3 rule 6)
wirepad> new <<EOF
more> GET / HTTP/1.1
more> EOF
new: 1 line; 1 line end changed to CRLF (--as-is keeps them); no empty line ended the head, so an empty line (CRLF) was added
    GET / HTTP/1.1␍␊
    ␍␊
    (no body)
    18 bytes
strict:  REJECTED byte 16: HTTP/1.1 request without a Host field (a server MUST answer 400) (RFC 9112 §3.2)
           ␍␊
           ^ byte 16
lenient: accepted (a lenient server would go on; see 'lint' for the profiles)
# Heredoc bodies read the same continuation lines.
wirepad> body <<EOF
more> one
more> two
more> EOF
body: 2 lines joined with LF (type \r\n escapes in a one-line body for CRLF)
body: 7 bytes (no Content-Length line: 'length' adds one)
# edit runs the editor setting (else $VISUAL, $EDITOR): here sed, so the transcript can show it.
wirepad> set editor sed -i -e s/GET/HEAD/ -e s/two/three/
wirepad> edit
changed: GET / HTTP/1.1␍␊  ->  HEAD / HTTP/1.1␍␊
changed: two  ->  three
    HEAD / HTTP/1.1␍␊
    ␍␊
    one␊
    three
    28 bytes (body 9)
wirepad> paste
more>
error: paste: the first line is the request line, and it was empty (type or paste the request, e.g. GET / HTTP/1.1, then its field lines and an empty line)
