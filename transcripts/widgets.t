# Alice and Bob's widgets ("Network stack - Part 6"): the lab is Bob's server. Alice's browser asks
# for the list, gets the form, posts it, follows the Location. The env view shows what an
# application server (Puma, via Rack) hands to the app for the same bytes.
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
wirepad> new http://$lab/widgets
host: added line 1: Host: $lab (from the URL); send goes to $lab
    GET /widgets HTTP/1.1␍␊
  1 Host: $lab␍␊
    ␍␊
    (no body)
    48 bytes
wirepad> send --view curl
[#]1 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET /widgets HTTP/1.1
> Host: $lab
>
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
* stopped: Content-Length satisfied (239 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# The form for a new widget.
wirepad> new http://$lab/widgets/new
host: added line 1: Host: $lab (from the URL); send goes to $lab
    GET /widgets/new HTTP/1.1␍␊
  1 Host: $lab␍␊
    ␍␊
    (no body)
    52 bytes
wirepad> send --view curl
[#]2 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET /widgets/new HTTP/1.1
> Host: $lab
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: text/html; charset=UTF-8
< Content-Length: 435
<
<html>
  <head>
    <title>New Widget - Bob's Widgets</title>
  </head>
  <body>
    <h1>Add a new Widget</h1>
    <form method="post" action="/widgets" enctype="application/x-www-form-urlencoded">
      <label>Name <input name="name"></label>
      <label>Color <input name="color"></label>
      <label>Stock <input name="stock" type="number" min="0"></label>
      <button type="submit">Create</button>
    </form>
  </body>
</html>
* stopped: Content-Length satisfied (435 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# Alice submits it: the seed's POST, byte for byte. The body is typed; Content-Length is added by an explicit helper.
wirepad> new POST http://$lab/widgets
host: added line 1: Host: $lab (from the URL); send goes to $lab
    POST /widgets HTTP/1.1␍␊
  1 Host: $lab␍␊
    ␍␊
    (no body)
    49 bytes
wirepad> h Content-Type: application/x-www-form-urlencoded
added line 2: Content-Type: application/x-www-form-urlencoded␍␊
wirepad> body name=My%20Widget&color=blue&stock=20
body: 36 bytes (no Content-Length line: 'length' adds one)
wirepad> length
length: added line 3: Content-Length: 36
wirepad> show
    POST /widgets HTTP/1.1␍␊
  1 Host: $lab␍␊
  2 Content-Type: application/x-www-form-urlencoded␍␊
  3 Content-Length: 36␍␊
    ␍␊
    name=My%20Widget&color=blue&stock=20
    154 bytes (body 36)
strict:  ok, Content-Length: 36 -> body is the next 36 bytes (RFC 9112 §6.3 rule 6)
# What Rack gives the app for this request: the seed's Hash.
wirepad> env
env of the draft
{
  "REQUEST_METHOD"  => "POST",
  "SCRIPT_NAME"     => "",
  "PATH_INFO"       => "/widgets",
  "QUERY_STRING"    => "",
  "SERVER_NAME"     => "127.0.0.1",
  "SERVER_PORT"     => "[..]",
  "SERVER_PROTOCOL" => "HTTP/1.1",
  "HTTP_HOST"       => "$lab",
  "CONTENT_TYPE"    => "application/x-www-form-urlencoded",
  "CONTENT_LENGTH"  => "36",
  "rack.url_scheme" => "http",
  "rack.input"      => "name=My%20Widget&color=blue&stock=20"
}
form fields (rack.input decoded as application/x-www-form-urlencoded):
  name = "My Widget"
  color = "blue"
  stock = "20"
note: Content-Type becomes CONTENT_TYPE, not HTTP_CONTENT_TYPE (RFC 3875 §4.1.18 and the Rack SPEC; the seed's "HTTP_CONTENT_TYPE" is what a naive mapping would give)
note: Content-Length becomes CONTENT_LENGTH, not HTTP_CONTENT_LENGTH (RFC 3875 §4.1.18 and the Rack SPEC)
wirepad> send --view curl
[#]3 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> POST /widgets HTTP/1.1
> Host: $lab
> Content-Type: application/x-www-form-urlencoded
> Content-Length: 36
>
name=My%20Widget&color=blue&stock=20
* (the request body has no final newline)
< HTTP/1.1 201 Created
< Date: $DATE
< Location: /widgets/2
< Content-Length: 0
<
* stopped: Content-Length satisfied (0 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# ... and what the app handed back: [status, headers, body].
wirepad> env #3 response
env of the response of #3, answering POST
[
  201,
  {
    "Date" => "$DATE",
    "Location" => "/widgets/2",
    "Content-Length" => "0"
  },
  [""]
]
note: Rack 3 wants lower-case header names ("date", not "Date"); the names are shown as received
wirepad> explain
HTTP/1.1 201 Created  — 2xx success
Date: $DATE
  when the server made this response, by its own clock (RFC 9110 §6.6.1); always IMF-fixdate in GMT
  valid HTTP-date
Location: /widgets/2
  where the created resource (201) or the redirect target (3xx) is (RFC 9110 §10.2.2)
Content-Length: 0
  the body is exactly 0 bytes: the reader takes 0 bytes after the empty line and stops (RFC 9112 §6.3 rule 6); here 0 = 0 printable
framing: Content-Length: 0 -> body is the next 0 bytes (RFC 9112 §6.3 rule 6)
persist: HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)
stopped: Content-Length satisfied (0 bytes)
# Follow the Location.
wirepad> new http://$lab/widgets/2
host: added line 1: Host: $lab (from the URL); send goes to $lab
    GET /widgets/2 HTTP/1.1␍␊
  1 Host: $lab␍␊
    ␍␊
    (no body)
    50 bytes
wirepad> send --view curl
[#]4 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> GET /widgets/2 HTTP/1.1
> Host: $lab
>
< HTTP/1.1 200 OK
< Date: $DATE
< Content-Type: text/html; charset=UTF-8
< Content-Length: 244
<
<html>
  <head>
    <title>My Widget - Bob's Widgets</title>
  </head>
  <body>
    <h1>My Widget</h1>
    <dl>
      <dt>color</dt><dd>blue</dd>
      <dt>stock</dt><dd>20</dd>
    </dl>
    <a href="/widgets">All widgets</a>
  </body>
</html>
* stopped: Content-Length satisfied (244 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
# A Content-Length smaller than the body: the form is cut short, and the lab says what it read.
wirepad> new POST http://$lab/widgets
host: added line 1: Host: $lab (from the URL); send goes to $lab
    POST /widgets HTTP/1.1␍␊
  1 Host: $lab␍␊
    ␍␊
    (no body)
    49 bytes
wirepad> h Content-Type: application/x-www-form-urlencoded
added line 2: Content-Type: application/x-www-form-urlencoded␍␊
wirepad> h Content-Length: 5
added line 3: Content-Length: 5␍␊
wirepad> body name=x
body: 6 bytes (line 3 says Content-Length: 5; 'length' fixes it)
wirepad> send --view curl
[#]5 \$lab (re)
* Connected to $lab (127.0.0.1) port [..] from 127.0.0.1:[..]
> POST /widgets HTTP/1.1
> Host: $lab
> Content-Type: application/x-www-form-urlencoded
> Content-Length: 5
>
name=
* (the request body has no final newline)
* 1 byte after the request's end (a server reads them as the start of the next request):
> x
< HTTP/1.1 422 Unprocessable Content
< Date: $DATE
< Content-Type: text/plain; charset=utf-8
< Content-Length: 463
<
422 Unprocessable Content: the form was read but is not a widget:
  - name is missing or empty
  - color is missing or empty
  - stock is missing
received 5 body bytes (Content-Length: 5): "name="
(a Content-Length smaller than the body cuts the form short; the rest is then read as the next request)
example: POST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 36\r\n\r\nname=My%20Widget&color=blue&stock=20
* stopped: Content-Length satisfied (463 bytes)
* Connection closed (wirepad closed): the response allowed reuse (HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3))
