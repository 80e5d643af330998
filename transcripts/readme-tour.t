# The README's sessions that no other transcript holds (ReadmeTest checks each README session against
# the transcripts it names). Steps whose output depends on the run are checked loosely ('...').
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> new http://$echo/
host: added line 1: Host: $echo (from the URL); send goes to $echo
    GET / HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    41 bytes
wirepad> send
...
wirepad> view ledger
...
wirepad> serve canned --close HTTP/1.1 200 OK\r\n\r\nuntil close
canned server 'canned' listening on $canned  ($canned)
wirepad> raw $canned GET / HTTP/1.1\r\nHost: x\r\n\r\n
[#]2 \$canned (re)
── raw response (30 bytes) ──  │ ── parsed ──
HTTP/1.1 200 OK␍␊              │ status    HTTP/1.1 200 OK
␍␊                             │ bytes     0..30  (head 19, body 11 on the wire)
until close                    │ headers   (none)
                               │ framing   response without Content-Length or Transfer-Encoding ->
                               │           body runs until the connection closes (RFC 9112 §6.3 rule
                               │           8)
                               │ persist   the body ends when the connection closes, so it cannot be
                               │           reused
                               │ body      11 bytes
                               │ stopped: peer closed after 11 bytes (close-delimited body)
                               │ timing    connect $MS ms · tls —
                               │           first byte $MS ms · last byte $MS ms
wirepad> help
...
wirepad> serve dns example.lab.zone
...
wirepad> dig www.example.lab @$dns
...
wirepad> dig big.example.lab TXT @$dns +noedns
...
wirepad> query www.example.lab
...
wirepad> serve lab
lab server 'lab' listening on $lab  ($lab); GET / lists the endpoints
wirepad> raw $lab POST /post HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG
...
# The REPL at a terminal: a request pasted (or typed at the prompt) becomes the draft.
wirepad> POST /widgets HTTP/1.1
more> Host: lab
more> Content-Type: application/x-www-form-urlencoded
more> Content-Length: 9
more>
paste: 5 lines; 5 line ends changed to CRLF (--as-is keeps them)
    POST /widgets HTTP/1.1␍␊
  1 Host: lab␍␊
  2 Content-Type: application/x-www-form-urlencoded␍␊
  3 Content-Length: 9␍␊
    ␍␊
    (no body)
    105 bytes
strict:  incomplete: a server waits for 9 more body bytes (Content-Length: 9, 0 received)
wirepad> body name=Bolt
body: 9 bytes (matches line 3)
wirepad> send $lab --view curl
...
