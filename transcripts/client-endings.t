# How the client tells an exchange that does not end as a plain request and response.
# 1. A 101: the bytes after its head belong to the new protocol (RFC 9110 §15.2.2), and every line says so.
wirepad> serve canned HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x02hi
canned server 'canned' listening on $canned  ($canned)
wirepad> raw --view curl $canned GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n
[#]1 \$canned (re)
* Connected to $canned (127.0.0.1) port $PORT from 127.0.0.1:$PORT
> GET /chat HTTP/1.1
> Host: x
> Upgrade: websocket
> Connection: Upgrade
>
< HTTP/1.1 101 Switching Protocols
< Upgrade: websocket
< Connection: Upgrade
<
* 4 bytes after the switch: they belong to the new protocol, not to HTTP:
< \x81\x02hi
* stopped: 101 Switching Protocols: the connection speaks websocket now, not HTTP; 4 bytes after the head belong to it
* Connection closed (wirepad closed): after the 101 its bytes belong to the new protocol, not to HTTP
wirepad> history
[#]1   \$canned        GET /chat HTTP/1\.1           -> 101 Switching Protocols; stopped: 101 Switching Protocols: the connection speaks websocket now, not HTTP; 4 bytes after the head belong to it (re)
# 2. Addresses: an IPv6 address goes in brackets (the CLI's rule too); a URL gets the HOST:PORT to give.
wirepad> new GET / HTTP/1.1
    GET / HTTP/1.1␍␊
    ␍␊
    (no body)
    18 bytes
wirepad> send ::1:8090
error: an IPv6 address goes in brackets: [::1]:$PORT (or [::1:8090]:PORT if all of ::1:8090 is the address)
wirepad> send http://127.0.0.1:8080/widgets
error: a URL is not HOST:PORT: give 127.0.0.1:$PORT (the request goes out as it is, so the path (/widgets) and the Host line belong in it); or start a draft from the URL: new GET http://127.0.0.1:$PORT/widgets
