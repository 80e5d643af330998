# TC=1 and the retry over TCP: big.example.lab has three TXT records, about 800 bytes in all.
wirepad> serve dns example.lab.zone
dns: zone example.lab. (18 records) from example.lab.zone
dns: listening on $dns (UDP and TCP) as $dns; queries it receives: 'log dns', query N byte by byte: 'log dns N'
# Without EDNS a UDP reply may have at most 512 bytes, so the server sends the question only, with TC=1.
wirepad> dig big.example.lab TXT @$dns +noedns +id=2
;; query: big.example.lab. IN TXT, id 2, flags: rd, no EDNS (512-byte UDP replies), 33 bytes
;; UDP: sent 33 bytes to $dns
;; UDP: reply 33 bytes
;; The UDP reply has flags qr aa tc rd and 0 answers: only the question came back.
;; TC=1: the reply (33 bytes) was truncated because the whole answer did not fit: the query had no
;;   EDNS, so a UDP reply may have at most 512 bytes (RFC 1035 §4.2.1).
;; Retrying over TCP, where a message may have up to 65535 bytes (RFC 7766 §5): the same query,
;;   framed with a 2-byte length prefix (RFC 1035 §4.2.2). ('+ignore' keeps the truncated reply.)
;; TCP: connected to $dns, sent 35 bytes: length prefix 00 21 (33) + the 33-byte message
;; TCP: reply length prefix 03 23 (803), then 803 bytes; 1 read
── reply 803 bytes over TCP ──                        │ ── decoded ──
0000 00 02        id 2                                │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 2
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 3,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 03        ancount 3                           │
0008 00 00        nscount 0                           │ ;; QUESTION SECTION:
000a 00 00        arcount 0                           │ ;big.example.lab. IN TXT
000c 03 62 69 67  qd[0].name.label len=3 "big"        │
0010 07 65 78 61… qd[0].name.label len=7 "example"    │ ;; ANSWER SECTION:
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │ big.example.lab. 3600 IN TXT
001c 00           qd[0].name.root 0 (end of name)     │   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
001d 00 10        qd[0].type 16 (TXT)                 │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
001f 00 01        qd[0].class 1 (IN)                  │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0021 c0 0c        an[0].name.pointer -> 0x000c        │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                  (big.example.lab.) saves 15 bytes   │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0023 00 10        an[0].type 16 (TXT)                 │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
0025 00 01        an[0].class 1 (IN)                  │ big.example.lab. 3600 IN TXT
0027 00 00 0e 10  an[0].ttl 3600 (1h)                 │   "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
002b 00 ef        an[0].rdlength 239                  │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
002d ee 61 61 61… an[0].txt[0] len=238                │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
011c c0 0c        an[1].name.pointer -> 0x000c        │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                  (big.example.lab.) saves 15 bytes   │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
011e 00 10        an[1].type 16 (TXT)                 │ big.example.lab. 3600 IN TXT
0120 00 01        an[1].class 1 (IN)                  │   "ccccccccccccccccccccccccccccccccccccccccc
0122 00 00 0e 10  an[1].ttl 3600 (1h)                 │   cccccccccccccccccccccccccccccccccccccccccc
0126 00 f2        an[1].rdlength 242                  │   cccccccccccccccccccccccccccccccccccccccccc
0128 f1 62 62 62… an[1].txt[0] len=241                │   cccccccccccccccccccccccccccccccccccccccccc
                  "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"… │   cccccccccccccccccccccccccccccccccccccccccc
021a c0 0c        an[2].name.pointer -> 0x000c        │   cccccccccccccccccccccccccccccccccccccccccc
                  (big.example.lab.) saves 15 bytes   │   c"
021c 00 10        an[2].type 16 (TXT)                 │
021e 00 01        an[2].class 1 (IN)                  │ ;; Query time: [..]
0220 00 00 0e 10  an[2].ttl 3600 (1h)                 │ ;; SERVER: $dns (TCP)
0224 00 fd        an[2].rdlength 253                  │ ;; MSG SIZE  rcvd: 803
0226 fc 63 63 63… an[2].txt[0] len=252                │
                  "cccccccccccccccccccccccccccccccc"… │
compression: 3 pointers saved 45 bytes (803 bytes as sent, 848 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: big.example.lab. TXT for 3600s (its TTL); 'cache' shows the time left counting down
# With EDNS and a 512-byte buffer the same happens; +ignore keeps the truncated reply.
wirepad> dig big.example.lab TXT +bufsize=512 +ignore +id=3
;; query: big.example.lab. IN TXT, id 3, flags: rd, EDNS udp 512, 44 bytes
;; UDP: sent 44 bytes to $dns
;; UDP: reply 44 bytes
── reply 44 bytes over UDP ──                         │ ── decoded ──
0000 00 03        id 3                                │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 87 00        flags 0x8700 qr aa tc rd            │   NOERROR, id: 3
                  opcode=QUERY rcode=NOERROR          │ ;; flags: qr aa tc rd; QUERY: 1, ANSWER: 0,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 1
0006 00 00        ancount 0                           │
0008 00 00        nscount 0                           │ ;; OPT PSEUDOSECTION:
000a 00 01        arcount 1                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 03 62 69 67  qd[0].name.label len=3 "big"        │ ;; QUESTION SECTION:
0010 07 65 78 61… qd[0].name.label len=7 "example"    │ ;big.example.lab. IN TXT
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │ ;; Query time: [..]
001d 00 10        qd[0].type 16 (TXT)                 │ ;; SERVER: $dns (UDP)
001f 00 01        qd[0].class 1 (IN)                  │ ;; MSG SIZE  rcvd: 44
0021 00           ar[0].name.root 0 (end of name)     │
0022 00 29        ar[0].type 41 (OPT)                 │
0024 04 d0        ar[0].udpsize 1232 (requester's UDP │
                  payload size)                       │
0026 00 00 00 00  ar[0].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
002a 00 00        ar[0].rdlength 0                    │
# A 1232-byte buffer (the default) is large enough: one UDP round trip.
wirepad> dig big.example.lab TXT +id=4
;; query: big.example.lab. IN TXT, id 4, flags: rd, EDNS udp 1232, 44 bytes
;; UDP: sent 44 bytes to $dns
;; UDP: reply 814 bytes
── reply 814 bytes over UDP ──                        │ ── decoded ──
0000 00 04        id 4                                │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 3,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 1
0006 00 03        ancount 3                           │
0008 00 00        nscount 0                           │ ;; OPT PSEUDOSECTION:
000a 00 01        arcount 1                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 03 62 69 67  qd[0].name.label len=3 "big"        │ ;; QUESTION SECTION:
0010 07 65 78 61… qd[0].name.label len=7 "example"    │ ;big.example.lab. IN TXT
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │ ;; ANSWER SECTION:
001d 00 10        qd[0].type 16 (TXT)                 │ big.example.lab. 3600 IN TXT
001f 00 01        qd[0].class 1 (IN)                  │   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0021 c0 0c        an[0].name.pointer -> 0x000c        │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                  (big.example.lab.) saves 15 bytes   │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0023 00 10        an[0].type 16 (TXT)                 │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0025 00 01        an[0].class 1 (IN)                  │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
0027 00 00 0e 10  an[0].ttl 3600 (1h)                 │   aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
002b 00 ef        an[0].rdlength 239                  │ big.example.lab. 3600 IN TXT
002d ee 61 61 61… an[0].txt[0] len=238                │   "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
011c c0 0c        an[1].name.pointer -> 0x000c        │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                  (big.example.lab.) saves 15 bytes   │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
011e 00 10        an[1].type 16 (TXT)                 │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
0120 00 01        an[1].class 1 (IN)                  │   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
0122 00 00 0e 10  an[1].ttl 3600 (1h)                 │ big.example.lab. 3600 IN TXT
0126 00 f2        an[1].rdlength 242                  │   "ccccccccccccccccccccccccccccccccccccccccc
0128 f1 62 62 62… an[1].txt[0] len=241                │   cccccccccccccccccccccccccccccccccccccccccc
                  "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"… │   cccccccccccccccccccccccccccccccccccccccccc
021a c0 0c        an[2].name.pointer -> 0x000c        │   cccccccccccccccccccccccccccccccccccccccccc
                  (big.example.lab.) saves 15 bytes   │   cccccccccccccccccccccccccccccccccccccccccc
021c 00 10        an[2].type 16 (TXT)                 │   cccccccccccccccccccccccccccccccccccccccccc
021e 00 01        an[2].class 1 (IN)                  │   c"
0220 00 00 0e 10  an[2].ttl 3600 (1h)                 │
0224 00 fd        an[2].rdlength 253                  │ ;; Query time: [..]
0226 fc 63 63 63… an[2].txt[0] len=252                │ ;; SERVER: $dns (UDP)
                  "cccccccccccccccccccccccccccccccc"… │ ;; MSG SIZE  rcvd: 814
0323 00           ar[0].name.root 0 (end of name)     │
0324 00 29        ar[0].type 41 (OPT)                 │
0326 04 d0        ar[0].udpsize 1232 (requester's UDP │
                  payload size)                       │
0328 00 00 00 00  ar[0].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
032c 00 00        ar[0].rdlength 0                    │
compression: 3 pointers saved 45 bytes (814 bytes as sent, 859 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: big.example.lab. TXT for 3600s (its TTL); 'cache' shows the time left counting down
wirepad> log
dns: udp /127.0.0.1:[..] big.example.lab. IN TXT -> NOERROR TC, 33 bytes #1
dns: tcp /127.0.0.1:[..] big.example.lab. IN TXT -> NOERROR, 803 bytes #2
dns: udp /127.0.0.1:[..] big.example.lab. IN TXT -> NOERROR TC, 44 bytes #3
dns: udp /127.0.0.1:[..] big.example.lab. IN TXT -> NOERROR, 814 bytes #4
