# Expect: 100-continue (RFC 9110 §10.1.1): the head alone first (a client that waits for the 100),
# then the body. The echo server answers 100 Continue as soon as the head is read; the lab answers
# the final status at once when the head decides it (a 405 here), and closes without the body.
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> raw --view curl --split-at 73 --delay 300 $echo PUT /up HTTP/1.1\r\nHost: echo\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello
[#]1 \$echo (re)
* Connected to $echo (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> PUT /up HTTP/1.1
> Host: echo
> Content-Length: 5
> Expect: 100-continue
>
hello
* (the request body has no final newline)
* response 1 (interim)
< HTTP/1.1 100 Continue
<
* response 2
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Length: 24
< Content-Type: text/plain; charset=utf-8
<
You have requested: /up
* stopped: Content-Length satisfied (24 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
wirepad> received echo 1
[#]1 127\.0\.0\.1:\$PORT  1 request \(PUT /up\) -> 100, 200; 78 bytes in, 166 out(; peer closed)? (re)
  1.1 PUT /up HTTP/1.1 (78 bytes) -> 100 200 (166 bytes)
('received echo 1.M curl' shows request M and its answer; views: side, curl, flow, hex, ledger; 'env $echo 1.M' and 'lint $echo 1.M [response]' take its bytes)
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
wirepad> raw --view curl $lab PUT /widgets/1 HTTP/1.1\r\nHost: lab\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n
[#]2 \$lab (re)
* Connected to $lab (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> PUT /widgets/1 HTTP/1.1
> Host: lab
> Content-Length: 5
> Expect: 100-continue
>
< HTTP/1.1 405 Method Not Allowed
< Date: $DATE
< Allow: GET, HEAD
< Content-Type: text/plain; charset=utf-8
< Content-Length: 59
< Connection: close
<
405 Method Not Allowed: PUT /widgets/1; allowed: GET, HEAD
* stopped: Content-Length satisfied (59 bytes)
* Connection closed (wirepad closed): Connection: close -> the connection closes after this message (RFC 9112 §9.6)
