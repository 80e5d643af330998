# The wire ledger: every write and read of a connection, with its direction, its byte offsets in
# that direction and its time since the connect started. Every view is a rendering of it.
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
# Split the request into 10-byte writes, 50 ms apart: the ledger view lists each write.
wirepad> raw --view ledger --split-at 10 --delay 50 $echo GET /split HTTP/1.1\r\nHost: x\r\n\r\n
[#]1 \$echo (re)
127.0.0.1:$PORT -> $echo (> written, < read; time since connect start; offsets per direction)
 +\+\$MS ms  connected (re)
 +\+\$MS ms  > 0\.\.10 +10 bytes  GET /split (re)
 +\+\$MS ms  > 10\.\.20 +10 bytes   HTTP/1\.1␍ (re)
 +\+\$MS ms  > 20\.\.30 +10 bytes  ␊Host: x␍␊ (re)
 +\+\$MS ms  > 30\.\.32 +2 bytes  ␍␊ (re)
 +\+\$MS ms  < 0\.\.[0-9]+ +[0-9]+ bytes  HTTP/1\.1 200 OK␍␊Date: .* (re)
...
4 writes \(32 bytes\), \d+ reads? \(144 bytes\) (re)
# The server's side of the same connection: how it read those writes (reads may also come together).
wirepad> received echo 1 ledger
$echo -> 127.0.0.1:$PORT (> written, < read; time since connect start; offsets per direction)
 +\+\$MS ms  < 0\.\.[0-9]+ +[0-9]+ bytes  GET /split.* (re)
...
1 write \(144 bytes\), \d+ reads? \(32 bytes\) (re)
# Line ends: curl -v and tcpflow -c draw CRLF and a bare LF alike; wirepad marks a head line
# that ends in a bare LF with ␊ (RFC 9112 §2.2 wants CRLF). Body text keeps its LFs unmarked.
wirepad> raw --view curl $echo GET /lf HTTP/1.1\nHost: x\r\n\r\n
[#]2 \$echo (re)
* Connected to $echo (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> GET /lf HTTP/1.1␊
> Host: x
>
< HTTP/1.1 400 Bad Request
< Date: $DATE
< Content-Type: text/plain; charset=utf-8
< Content-Length: 170
< Connection: close
<
400 Bad Request: byte 16: bare LF (line ends in \n without \r) after "GET /lf HTTP/1.1"; strict wants CRLF (RFC 9112 §2.2)
GET /lf HTTP/1.1␊
                ^ byte 16
* stopped: Content-Length satisfied (170 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
wirepad> view flow
[#]2 \$echo (re)
127.0.0.1.$PORT-127.0.0.1.$PORT: GET /lf HTTP/1.1␊
Host: x


127.0.0.1.$PORT-127.0.0.1.$PORT: HTTP/1.1 400 Bad Request
Date: $DATE
Content-Type: text/plain; charset=utf-8
Content-Length: 170
Connection: close

400 Bad Request: byte 16: bare LF (line ends in \n without \r) after "GET /lf HTTP/1.1"; strict wants CRLF (RFC 9112 §2.2)
GET /lf HTTP/1.1␊
                ^ byte 16
# Pipelined requests where the second does not parse (a raw é in the target): the bytes still went
# out as typed, so wirepad expects a response to them too, and shows it.
wirepad> raw --view curl $echo GET /q HTTP/1.1\r\nHost: x\r\n\r\nGET /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n
[#]3 \$echo (re)
* Connected to $echo (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> GET /q HTTP/1.1
> Host: x
>
* wirepad could not parse request 2 (the last 32 bytes): byte 36: invalid byte "\xc3" in the request-target (URIs are ASCII; percent-encode it as %C3) (RFC 9112 §3.2); sent as typed all the same, so a response to it is expected:
> GET /café HTTP/1.1
> Host: x
>
* response 1
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 23
< Content-Type: text/plain; charset=utf-8
<
You have requested: /q
* response 2
< HTTP/1.1 400 Bad Request
< Date: $DATE
< Content-Type: text/plain; charset=utf-8
< Content-Length: 220
< Connection: close
<
400 Bad Request: byte 8 of this request (byte 36 on the connection): invalid byte "\xc3" in the request-target (URIs are ASCII; percent-encode it as %C3) (RFC 9112 §3.2)
GET /caf\xc3\xa9 HTTP/1.1␍␊
        ^ byte 8
* stopped: Content-Length satisfied (220 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
