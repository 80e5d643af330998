# What the lab received: two requests pipelined on one connection (one write), then the lab's own
# record of them: connection by connection ('received lab'), request by request ('received lab 1'),
# one exchange as the client saw it ('received lab 1.2 curl') and what Rack hands the app for
# the same bytes ('env $lab 1.2').
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
wirepad> raw --view curl $lab GET /widgets HTTP/1.1\r\nHost: lab\r\n\r\nPOST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\nname=Gear&color=red&stock=3
[#]1 \$lab (re)
* Connected to $lab (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> GET /widgets HTTP/1.1
> Host: lab
>
> POST /widgets HTTP/1.1
> Host: lab
> Content-Type: application/x-www-form-urlencoded
> Content-Length: 27
>
name=Gear&color=red&stock=3
* (the request body has no final newline)
* response 1
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: text/html; charset=UTF-8
< Content-Length: 239
<
<html>
  <head>
    <title>Bob's Widgets</title>
  </head>
  <body>
    <h1>Welcome to Bob's Widgets</h1>
    <ul>
      <li><a href="/widgets/1">Widget 1</a></li>
    </ul>
    <a href="/widgets/new">Add a new Widget</a>
  </body>
</html>
* response 2
< HTTP/1.1 201 Created
< Date: $DATE
< Location: /widgets/2
< Content-Length: 0
<
* stopped: Content-Length satisfied (0 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# 'raw' closed its connection when both answers were in; the lab may not have read that close yet.
wirepad> received lab
[#]1 127\.0\.0\.1:\$PORT  2 requests \(GET /widgets, POST /widgets\) -> 200, 201; 169 bytes in, 458 out(; peer closed)? (re)
('received lab N' lists connection N's requests; 'received lab N.M curl' shows request M and its answer; views: side, curl, flow, hex, ledger)
wirepad> received lab 1
[#]1 127\.0\.0\.1:\$PORT  2 requests \(GET /widgets, POST /widgets\) -> 200, 201; 169 bytes in, 458 out(; peer closed)? (re)
  1.1 GET /widgets HTTP/1.1 (36 bytes) -> 200 (356 bytes)
  1.2 POST /widgets HTTP/1.1 (133 bytes) -> 201 (102 bytes)
('received lab 1.M curl' shows request M and its answer; views: side, curl, flow, hex, ledger; 'env $lab 1.M' and 'lint $lab 1.M [response]' take its bytes)
wirepad> received lab 1.2 curl
lab 1.2  127.0.0.1:$PORT -> $lab  (request 2 of 2), as the client saw it
* Re-using the open connection to $lab (from 127.0.0.1:$PORT)
> POST /widgets HTTP/1.1
> Host: lab
> Content-Type: application/x-www-form-urlencoded
> Content-Length: 27
>
name=Gear&color=red&stock=3
* (the request body has no final newline)
< HTTP/1.1 201 Created
< Date: $DATE
< Location: /widgets/2
< Content-Length: 0
<
* stopped: Content-Length satisfied (0 bytes)
\* Connection (left intact: |closed \(client closed\): the response allowed reuse \().*persistent \(RFC 9112 §9\.3\)\)? (re)
wirepad> env $lab 1.2
env of what lab received on connection 1, request 2
{
  "REQUEST_METHOD"  => "POST",
  "SCRIPT_NAME"     => "",
  "PATH_INFO"       => "/widgets",
  "QUERY_STRING"    => "",
  "SERVER_NAME"     => "lab",
  "SERVER_PORT"     => "80",
  "SERVER_PROTOCOL" => "HTTP/1.1",
  "HTTP_HOST"       => "lab",
  "CONTENT_TYPE"    => "application/x-www-form-urlencoded",
  "CONTENT_LENGTH"  => "27",
  "rack.url_scheme" => "http",
  "rack.input"      => "name=Gear&color=red&stock=3"
}
form fields (rack.input decoded as application/x-www-form-urlencoded):
  name = "Gear"
  color = "red"
  stock = "3"
note: Content-Type becomes CONTENT_TYPE, not HTTP_CONTENT_TYPE (RFC 3875 §4.1.18 and the Rack SPEC; the seed's "HTTP_CONTENT_TYPE" is what a naive mapping would give)
note: Content-Length becomes CONTENT_LENGTH, not HTTP_CONTENT_LENGTH (RFC 3875 §4.1.18 and the Rack SPEC)
