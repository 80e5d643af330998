# The seed's DNS walkthrough, offline: a name goes to a DNS server over UDP, the answer comes
# back, and the client caches it for the record's TTL. Everything runs on loopback.
wirepad> serve dns example.lab.zone
dns: zone example.lab. (18 records) from example.lab.zone
dns: listening on $dns (UDP and TCP) as $dns; queries it receives: 'log dns', query N byte by byte: 'log dns N'
wirepad> dig www.example.lab A @$dns +id=4660
;; query: www.example.lab. IN A, id 4660, flags: rd, EDNS udp 1232, 44 bytes
;; UDP: sent 44 bytes to $dns
;; UDP: reply 60 bytes
── reply 60 bytes over UDP ──                         │ ── decoded ──
0000 12 34        id 4660                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4660
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 1,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 1
0006 00 01        ancount 1                           │
0008 00 00        nscount 0                           │ ;; OPT PSEUDOSECTION:
000a 00 01        arcount 1                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 03 77 77 77  qd[0].name.label len=3 "www"        │ ;; QUESTION SECTION:
0010 07 65 78 61… qd[0].name.label len=7 "example"    │ ;www.example.lab. IN A
0018 03 6c 61 62  qd[0].name.label len=3 "lab"        │
001c 00           qd[0].name.root 0 (end of name)     │ ;; ANSWER SECTION:
001d 00 01        qd[0].type 1 (A)                    │ www.example.lab. 300 IN A 192.0.2.7
001f 00 01        qd[0].class 1 (IN)                  │
0021 c0 0c        an[0].name.pointer -> 0x000c        │ ;; Query time: [..]
                  (www.example.lab.) saves 15 bytes   │ ;; SERVER: $dns (UDP)
0023 00 01        an[0].type 1 (A)                    │ ;; MSG SIZE  rcvd: 60
0025 00 01        an[0].class 1 (IN)                  │
0027 00 00 01 2c  an[0].ttl 300 (5m)                  │
002b 00 04        an[0].rdlength 4                    │
002d c0 00 02 07  an[0].address 192.0.2.7             │
0031 00           ar[0].name.root 0 (end of name)     │
0032 00 29        ar[0].type 41 (OPT)                 │
0034 04 d0        ar[0].udpsize 1232 (requester's UDP │
                  payload size)                       │
0036 00 00 00 00  ar[0].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
003a 00 00        ar[0].rdlength 0                    │
compression: 1 pointer saved 15 bytes (60 bytes as sent, 75 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: www.example.lab. A for 300s (its TTL); 'cache' shows the time left counting down
# Asking again within the TTL sends no packet: the cache answers, the TTL counting down.
wirepad> lookup www.example.lab
;; cache hit: www\.example\.lab\. A, (300|299)s left (re)
www\.example\.lab\. (300|299) IN A 192\.0\.2\.7 (re)
;; no packet sent: the cache answered. The TTL shown is the one the server sent minus the seconds
;;   the entry has been cached; at 0 the entry is dropped and the next lookup asks again (RFC 1034
;;   §3.6; negative answers: RFC 2308).
;; cache: 1 hit, 0 misses, 1 entry
wirepad> sleep 2s
wirepad> lookup www.example.lab
;; cache hit: www\.example\.lab\. A, 29[6-8]s left (re)
www\.example\.lab\. 29[6-8] IN A 192\.0\.2\.7 (re)
;; no packet sent: the cache answered. The TTL shown is the one the server sent minus the seconds
;;   the entry has been cached; at 0 the entry is dropped and the next lookup asks again (RFC 1034
;;   §3.6; negative answers: RFC 2308).
;; cache: 2 hits, 0 misses, 1 entry
wirepad> cache
NAME             TYPE TTL LEFT     DATA
www\.example\.lab\. A    29[6-8]s of 300s 192\.0\.2\.7 (re)
1 entry; lookups: 2 hits, 0 misses
# A name that does not exist: NXDOMAIN, with the zone's SOA so that the "no" can be cached too.
wirepad> dig nothere.example.lab @$dns +id=4661
;; query: nothere.example.lab. IN A, id 4661, flags: rd, EDNS udp 1232, 48 bytes
;; UDP: sent 48 bytes to $dns
;; UDP: reply 99 bytes
── reply 99 bytes over UDP ──                         │ ── decoded ──
0000 12 35        id 4661                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 03        flags 0x8503 qr aa rd opcode=QUERY  │   NXDOMAIN, id: 4661
                  rcode=NXDOMAIN                      │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 0,
0004 00 01        qdcount 1                           │   AUTHORITY: 1, ADDITIONAL: 1
0006 00 00        ancount 0                           │
0008 00 01        nscount 1                           │ ;; OPT PSEUDOSECTION:
000a 00 01        arcount 1                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 07 6e 6f 74… qd[0].name.label len=7 "nothere"    │ ;; QUESTION SECTION:
0014 07 65 78 61… qd[0].name.label len=7 "example"    │ ;nothere.example.lab. IN A
001c 03 6c 61 62  qd[0].name.label len=3 "lab"        │
0020 00           qd[0].name.root 0 (end of name)     │ ;; AUTHORITY SECTION:
0021 00 01        qd[0].type 1 (A)                    │ example.lab. 300 IN SOA ns1.example.lab.
0023 00 01        qd[0].class 1 (IN)                  │   hostmaster.example.lab. 2024010101 7200
0025 c0 14        ns[0].name.pointer -> 0x0014        │   3600 1209600 300
                  (example.lab.) saves 11 bytes       │
0027 00 06        ns[0].type 6 (SOA)                  │ ;; Query time: [..]
0029 00 01        ns[0].class 1 (IN)                  │ ;; SERVER: $dns (UDP)
002b 00 00 01 2c  ns[0].ttl 300 (5m)                  │ ;; MSG SIZE  rcvd: 99
002f 00 27        ns[0].rdlength 39                   │
0031 03 6e 73 31  ns[0].mname.label len=3 "ns1"       │
0035 c0 14        ns[0].mname.pointer -> 0x0014       │
                  (example.lab.) saves 11 bytes       │
0037 0a 68 6f 73… ns[0].rname.label len=10            │
                  "hostmaster"                        │
0042 c0 14        ns[0].rname.pointer -> 0x0014       │
                  (example.lab.) saves 11 bytes       │
0044 78 a3 f1 75  ns[0].serial 2024010101             │
0048 00 00 1c 20  ns[0].refresh 7200                  │
004c 00 00 0e 10  ns[0].retry 3600                    │
0050 00 12 75 00  ns[0].expire 1209600                │
0054 00 00 01 2c  ns[0].minimum 300                   │
0058 00           ar[0].name.root 0 (end of name)     │
0059 00 29        ar[0].type 41 (OPT)                 │
005b 04 d0        ar[0].udpsize 1232 (requester's UDP │
                  payload size)                       │
005d 00 00 00 00  ar[0].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
0061 00 00        ar[0].rdlength 0                    │
compression: 3 pointers saved 33 bytes (99 bytes as sent, 132 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
wirepad> lookup nothere.example.lab AAAA
;; cache hit: nothere\.example\.lab\. AAAA \(negative: NXDOMAIN\), (300|299)s left (re)
;; NXDOMAIN, no records
;; no packet sent: the cache answered. The TTL shown is the one the server sent minus the seconds
;;   the entry has been cached; at 0 the entry is dropped and the next lookup asks again (RFC 1034
;;   §3.6; negative answers: RFC 2308).
;; cache: 3 hits, 0 misses, 2 entries
# The server saw two queries: the lookups were answered from the cache. The NXDOMAIN cached for
# nothere.example.lab. A answers AAAA too: a name that does not exist has no records of any type.
wirepad> log
dns: udp /127.0.0.1:[..] www.example.lab. IN A -> NOERROR, 60 bytes #1
dns: udp /127.0.0.1:[..] nothere.example.lab. IN A -> NXDOMAIN, 99 bytes #2
# The server keeps the bytes of each query and its reply: 'log dns 2' shows both as annotated
# hexdumps (headless: bin/wirepad serve dns --zone FILE --hex prints them for every query).
wirepad> stop dns
stopped dns (dns)
