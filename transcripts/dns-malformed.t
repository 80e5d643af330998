# Malformed queries: edit the bytes of a drafted query, send them, and watch the server's FORMERR.
wirepad> serve dns example.lab.zone
dns: zone example.lab. (18 records) from example.lab.zone
dns: listening on $dns (UDP and TCP) as $dns; queries it receives: 'log dns', query N byte by byte: 'log dns N'
wirepad> query www.example.lab A @$dns +noedns +id=4096
query: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies)
── query 33 bytes ──                                  │ ── decoded ──
0000 10 00        id 4096                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 01 00        flags 0x0100 rd opcode=QUERY        │   NOERROR, id: 4096
                  rcode=NOERROR                       │ ;; flags: rd; QUERY: 1, ANSWER: 0,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 00        ancount 0                           │
0008 00 00        nscount 0                           │ ;; QUESTION SECTION:
000a 00 00        arcount 0                           │ ;www.example.lab. IN A
000c 03 77 77 77  qd[0].name.label len=3 "www"        │
0010 07 65 78 61… qd[0].name.label len=7 "example"    │
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │
001d 00 01        qd[0].type 1 (A)                    │
001f 00 01        qd[0].class 1 (IN)                  │
# Claim two questions while sending one: the decoder runs out of bytes.
wirepad> qedit qdcount 2
qdcount at offset 4: 00 01 -> 00 02 (1 -> 2)
query: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies), then 1 edit:
  edit: qdcount at offset 4: 00 01 -> 00 02 (1 -> 2)
── query 33 bytes ──                                  │ ── decoded ──
0000 10 00        id 4096                             │ error: the bytes break a DNS rule at offset
0002 01 00        flags 0x0100 rd opcode=QUERY        │   33:
                  rcode=NOERROR                       │   field question[1].name
0004 00 02        qdcount 2                           │   truncated name: expected a length byte or
0006 00 00        ancount 0                           │   pointer, but the message ends; (no bytes
0008 00 00        nscount 0                           │   left)
000a 00 00        arcount 0                           │
000c 03 77 77 77  qd[0].name.label len=3 "www"        │
0010 07 65 78 61… qd[0].name.label len=7 "example"    │
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │
001d 00 01        qd[0].type 1 (A)                    │
001f 00 01        qd[0].class 1 (IN)                  │
0021 !! qd[1].name: truncated name: expected a length │
                  byte or point…                      │
wirepad> qsend
;; query: 33 bytes, edited 1 time (see 'query')
;; UDP: sent 33 bytes to $dns
;; UDP: reply 12 bytes
── reply 12 bytes over UDP ──                         │ ── decoded ──
0000 10 00        id 4096                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 81 01        flags 0x8101 qr rd opcode=QUERY     │   FORMERR, id: 4096
                  rcode=FORMERR                       │ ;; flags: qr rd; QUERY: 0, ANSWER: 0,
0004 00 00        qdcount 0                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 00        ancount 0                           │
0008 00 00        nscount 0                           │
000a 00 00        arcount 0                           │ ;; Query time: [..]
                                                      │ ;; SERVER: $dns (UDP)
                                                      │ ;; MSG SIZE  rcvd: 12
;; FORMERR (rcode 1): the server could not parse the query (RFC 1035 §4.1.1). It answers with the id
;;   it could read, QR=1 and no sections, since it cannot trust anything after the broken field.
wirepad> log
dns: udp /127.0.0.1:[..] malformed (offset 0x0021 (33), question[1].name: truncated name: expected a length byte or pointer, but the message ends; (no bytes left)) -> FORMERR, 12 bytes #1
# A compression pointer to itself (c0 0c at offset 12), the classic loop.
wirepad> qedit reset
back to the query as built: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies)
query: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies)
── query 33 bytes ──                                  │ ── decoded ──
0000 10 00        id 4096                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 01 00        flags 0x0100 rd opcode=QUERY        │   NOERROR, id: 4096
                  rcode=NOERROR                       │ ;; flags: rd; QUERY: 1, ANSWER: 0,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 00        ancount 0                           │
0008 00 00        nscount 0                           │ ;; QUESTION SECTION:
000a 00 00        arcount 0                           │ ;www.example.lab. IN A
000c 03 77 77 77  qd[0].name.label len=3 "www"        │
0010 07 65 78 61… qd[0].name.label len=7 "example"    │
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │
001d 00 01        qd[0].type 1 (A)                    │
001f 00 01        qd[0].class 1 (IN)                  │
wirepad> qedit pointer 12
pointer at offset 12 -> 12, a pointer to itself (a loop): set 2 bytes at offset 12: 03 77 -> c0 0c; 33 bytes
query: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies), then 1 edit:
  edit: pointer at offset 12 -> 12, a pointer to itself (a loop): set 2 bytes at offset 12: 03 77 -> c0 0c; 33 bytes
── query 33 bytes ──                                  │ ── decoded ──
0000 10 00        id 4096                             │ error: the bytes break a DNS rule at offset
0002 01 00        flags 0x0100 rd opcode=QUERY        │   12:
                  rcode=NOERROR                       │   field question[0].name
0004 00 01        qdcount 1                           │   compression pointer to 0x000c must point
0006 00 00        ancount 0                           │   before 0x000c, where this name starts
0008 00 00        nscount 0                           │   (forward or looping pointer, RFC 1035
000a 00 00        arcount 0                           │   §4.1.4); bytes here: "\xc0\x0cww\x07exa"
000c !! qd[0].name: compression pointer to 0x000c     │
                  must point before…                  │
000c c0 0c 77 77 07 65 78 61  (not decoded)           │
0014 6d 70 6c 65 03 6c 61 62                          │
001c 00 00 01 00 01                                   │
wirepad> qsend
;; query: 33 bytes, edited 1 time (see 'query')
;; UDP: sent 33 bytes to $dns
;; UDP: reply 12 bytes
── reply 12 bytes over UDP ──                         │ ── decoded ──
0000 10 00        id 4096                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 81 01        flags 0x8101 qr rd opcode=QUERY     │   FORMERR, id: 4096
                  rcode=FORMERR                       │ ;; flags: qr rd; QUERY: 0, ANSWER: 0,
0004 00 00        qdcount 0                           │   AUTHORITY: 0, ADDITIONAL: 0
0006 00 00        ancount 0                           │
0008 00 00        nscount 0                           │
000a 00 00        arcount 0                           │ ;; Query time: [..]
                                                      │ ;; SERVER: $dns (UDP)
                                                      │ ;; MSG SIZE  rcvd: 12
;; FORMERR (rcode 1): the server could not parse the query (RFC 1035 §4.1.1). It answers with the id
;;   it could read, QR=1 and no sections, since it cannot trust anything after the broken field.
wirepad> log
dns: udp /127.0.0.1:[..] malformed (offset 0x000c (12), question[0].name: compression pointer to 0x000c must point before 0x000c, where this name starts (forward or looping pointer, RFC 1035 §4.1.4); bytes here: "\xc0\x0cww\x07exa") -> FORMERR, 12 bytes #2
# Fewer than 12 bytes: no header, no id to answer to, so the server stays silent.
wirepad> qedit cut 4 29
cut 00 01 00 00 00 00 00 00 … (29 bytes) at offset 4; 33 -> 4 bytes
query: www.example.lab. IN A, id 4096, flags: rd, no EDNS (512-byte UDP replies), then 2 edits:
  edit: pointer at offset 12 -> 12, a pointer to itself (a loop): set 2 bytes at offset 12: 03 77 -> c0 0c; 33 bytes
  edit: cut 00 01 00 00 00 00 00 00 … (29 bytes) at offset 4; 33 -> 4 bytes
── query 4 bytes ──                                   │ ── decoded ──
0000 10 00        id 4096                             │ error: the bytes break a DNS rule at offset
0002 01 00        flags 0x0100 rd opcode=QUERY        │   4:
                  rcode=NOERROR                       │   field header.qdcount
0004 !! qdcount: truncated: needs 2 bytes, only 0     │   truncated: needs 2 bytes, only 0 left in
                  left in the me…                     │   the message (4 bytes); (no bytes left)
wirepad> set timeout 500ms
wirepad> qsend
;; query: 4 bytes, edited 2 times (see 'query')
error: no UDP reply from $dns within 500 ms (a server stays silent for fewer than 12 bytes or QR=1, and UDP may simply lose packets)
# The same bytes decoded offline, stacked below 80 columns.
wirepad> set width 60
wirepad> decode 1000 0000 0001 0000 0000 0000 c00c 0001 0001
── 18 bytes ──
0000 10 00        id 4096
0002 00 00        flags 0x0000 (no flags) opcode=QUERY
                  rcode=NOERROR
0004 00 01        qdcount 1
0006 00 00        ancount 0
0008 00 00        nscount 0
000a 00 00        arcount 0
000c !! qd[0].name: compression pointer to 0x000c must point
                  before…
000c c0 0c 00 01 00 01  (not decoded)

── decoded ──
error: the bytes break a DNS rule at offset 12:
  field question[0].name
  compression pointer to 0x000c must point before 0x000c,
  where this name starts (forward or looping pointer, RFC
  1035 §4.1.4); bytes here: "\xc0\x0c\x00\x01\x00\x01"
