# The same request handed to other tools and brought back: curl, printf | nc, a .http file, a pcap.
wirepad> serve echo
echo server 'echo' listening on $echo  ($echo)
wirepad> new http://$echo/widgets?color=blue
host: added line 1: Host: $echo (from the URL); send goes to $echo
    GET /widgets?color=blue HTTP/1.1␍␊
  1 Host: $echo␍␊
    ␍␊
    (no body)
    59 bytes
wirepad> h X-Mixed-Case: Keep-Me
added line 2: X-Mixed-Case: Keep-Me␍␊
wirepad> save listing
saved the draft as 'listing' (82 bytes)
# nc sends exactly these bytes; curl rebuilds the request its own way and says what it changes.
wirepad> export nc
printf 'GET /widgets?color=blue HTTP/1.1\r\n'\
'Host: $echo\r\n'\
'X-Mixed-Case: Keep-Me\r\n'\
'\r\n' | nc [..]127.0.0.1 [..]
wirepad> export curl
curl --silent --show-error --include --http1.1 --header 'Host: $echo' --header 'X-Mixed-Case: Keep-Me' --header 'User-Agent:' --header 'Accept:' 'http://$echo/widgets?color=blue'
# A draft curl cannot reproduce: a bare LF line ending and a space before a colon.
wirepad> new GET /odd HTTP/1.1
    GET /odd HTTP/1.1␍␊
    ␍␊
    (no body)
    21 bytes
wirepad> h Host: x| nc 127.0.0.1 [..]n
[a]dded line 1: Host: x\| nc 127\.0\.0\.1 \[\.\.\]n␍␊ (re)
wirepad> h X-Space : 1
added line 2: X-Space : 1␍␊
wirepad> save odd
saved the draft as 'odd' (63 bytes)
wirepad> export curl
[#] warning: whitespace before ':' in a field line: curl writes "Name: value" (re)
[#] warning: the spacing of "X-Space : 1": curl writes "X-Space: 1" (re)
[c]url --silent --show-error --include --http1\.1 --header 'Host: x\| nc 127\.0\.0\.1 \[\.\.\]n' --header 'X-Space: 1' --header 'User-Agent:' --header 'Accept:' 'http://x\| nc 127\.0\.0\.1 \[\.\.\]n:80/odd' (re)
# Out to a .http file and back in: the bytes that go out are the same.
wirepad> export http $TMP/drafts.http
wrote $TMP/drafts.http: 2 requests (listing, odd)
wirepad> import $TMP/drafts.http
listing        GET /widgets?color=blue HTTP/1.1   -> $echo
               note: the same bytes as the saved draft 'listing', which is kept
[o]dd            GET /odd HTTP/1\.1   -> x\| nc 127\.0\.0\.1 \[\.\.\]n:80 (re)
[ ]              note: the same bytes as the saved draft 'odd', which is kept \(going to no host; 'load odd' then 'send x\| nc 127\.0\.0\.1 \[\.\.\]n:80' sends it where the file says\) (re)
2 requests saved as drafts; lines go out with CRLF, as the HTTP Client tools send them; the last one is the current draft ('load NAME', 'pipe A B', 'send')
wirepad> load listing
    GET /widgets?color=blue HTTP/1.1␍␊
  1 Host: $echo␍␊
  2 X-Mixed-Case: Keep-Me␍␊
    ␍␊
    (no body)
    82 bytes
wirepad> send --view flow
[#]1 \$echo (re)
127.0.0.1.[..]-127.0.0.1.[..]: GET /widgets?color=blue HTTP/1.1
Host: $echo
X-Mixed-Case: Keep-Me


127.0.0.1.[..]-127.0.0.1.[..]: HTTP/1.1 200 OK
Date: $DATE
Content-Length: 29
Content-Type: text/plain; charset=utf-8

You have requested: /widgets
# The exchange as a capture Wireshark and tshark can open.
wirepad> export pcap $TMP/listing.pcap
wrote $TMP/listing.pcap: 1 HTTP connection, 952 bytes (tshark -r $TMP/listing.pcap -qz follow,tcp,raw,0 shows the bytes)
