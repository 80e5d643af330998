# Wildcards (RFC 4592): the built-in example.lab. has *.wild. A name below wild.example.lab. that is
# not in the zone is answered from it, with the asked name as owner; the server's log says so.
wirepad> serve dns
dns: zone example.lab. (7 records, built in; give a ZONEFILE for your own)
dns: listening on $dns (UDP and TCP) as $dns; queries it receives: 'log dns', query N byte by byte: 'log dns N'
wirepad> dig any.thing.wild.example.lab @$dns +id=4660 +noedns
;; query: any.thing.wild.example.lab. IN A, id 4660, flags: rd, no EDNS (512-byte UDP replies), 44 bytes
;; UDP: sent 44 bytes to $dns
;; UDP: reply 60 bytes
── reply 60 bytes over UDP ──                         │ ── decoded ──
0000 12 34        id 4660                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4660
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 1,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 01        ancount 1                           │
0008 00 00        nscount 0                           │ ;; QUESTION SECTION:
000a 00 00        arcount 0                           │ ;any.thing.wild.example.lab. IN A
000c 03 61 6e 79  qd[0].name.label len=3 "any"        │
0010 05 74 68 69… qd[0].name.label len=5 "thing"      │ ;; ANSWER SECTION:
0016 04 77 69 6c… qd[0].name.label len=4 "wild"       │ any.thing.wild.example.lab. 300 IN A
001b 07 65 78 61… qd[0].name.label len=7 "example"    │   192.0.2.80
0023 03 6c 61 62  qd[0].name.label len=3 "lab"        │
0027 00           qd[0].name.root 0 (end of name)     │ ;; Query time: $MS msec
0028 00 01        qd[0].type 1 (A)                    │ ;; SERVER: $dns (UDP)
002a 00 01        qd[0].class 1 (IN)                  │ ;; MSG SIZE  rcvd: 60
002c c0 0c        an[0].name.pointer -> 0x000c        │
                  (any.thing.wild.example.lab.) saves │
                  2…                                  │
002e 00 01        an[0].type 1 (A)                    │
0030 00 01        an[0].class 1 (IN)                  │
0032 00 00 01 2c  an[0].ttl 300 (5m)                  │
0036 00 04        an[0].rdlength 4                    │
0038 c0 00 02 50  an[0].address 192.0.2.80            │
compression: 1 pointer saved 26 bytes (60 bytes as sent, 86 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
;; $dns says (query #1): the answer was synthesised from the wildcard *.wild.example.lab. for
;;   any.thing.wild.example.lab. (closest encloser wild.example.lab., RFC 4592 §3.3.1)
cached: any.thing.wild.example.lab. A for 300s (its TTL); 'cache' shows the time left counting down
# The wildcard's own name is an ordinary name: asked literally, nothing is synthesised.
wirepad> dig *.wild.example.lab @$dns +id=4661 +noedns
;; query: *.wild.example.lab. IN A, id 4661, flags: rd, no EDNS (512-byte UDP replies), 36 bytes
;; UDP: sent 36 bytes to $dns
;; UDP: reply 52 bytes
── reply 52 bytes over UDP ──                         │ ── decoded ──
0000 12 35        id 4661                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4661
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 1,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 01        ancount 1                           │
0008 00 00        nscount 0                           │ ;; QUESTION SECTION:
000a 00 00        arcount 0                           │ ;*.wild.example.lab. IN A
000c 01 2a        qd[0].name.label len=1 "*"          │
000e 04 77 69 6c… qd[0].name.label len=4 "wild"       │ ;; ANSWER SECTION:
0013 07 65 78 61… qd[0].name.label len=7 "example"    │ *.wild.example.lab. 300 IN A 192.0.2.80
001b 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001f 00           qd[0].name.root 0 (end of name)     │ ;; Query time: $MS msec
0020 00 01        qd[0].type 1 (A)                    │ ;; SERVER: $dns (UDP)
0022 00 01        qd[0].class 1 (IN)                  │ ;; MSG SIZE  rcvd: 52
0024 c0 0c        an[0].name.pointer -> 0x000c        │
                  (*.wild.example.lab.) saves 18      │
                  bytes                               │
0026 00 01        an[0].type 1 (A)                    │
0028 00 01        an[0].class 1 (IN)                  │
002a 00 00 01 2c  an[0].ttl 300 (5m)                  │
002e 00 04        an[0].rdlength 4                    │
0030 c0 00 02 50  an[0].address 192.0.2.80            │
compression: 1 pointer saved 18 bytes (52 bytes as sent, 70 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: *.wild.example.lab. A for 300s (its TTL); 'cache' shows the time left counting down
wirepad> log dns
dns: udp /127.0.0.1:$PORT any.thing.wild.example.lab. IN A -> NOERROR, 60 bytes (synthesised from the wildcard *.wild.example.lab. for any.thing.wild.example.lab. (closest encloser wild.example.lab., RFC 4592 §3.3.1)) #1
dns: udp /127.0.0.1:$PORT *.wild.example.lab. IN A -> NOERROR, 52 bytes #2
wirepad> stop dns
stopped dns (dns)
