# Name compression (RFC 1035 §4.1.4): a name that already appeared is replaced by a 2-byte pointer
# to its first place. Names inside RDATA are compressed for MX, NS, CNAME, PTR and SOA, never for
# SRV targets (RFC 2782) or types the server does not know (RFC 3597 §4).
wirepad> serve dns example.lab.zone
dns: zone example.lab. (18 records) from example.lab.zone
dns: listening on $dns (UDP and TCP) as $dns; queries it receives: 'log dns', query N byte by byte: 'log dns N'
# MX: the answer's owner name and the exchange's domain both point back at the question's name.
wirepad> dig example.lab MX @$dns +id=4662
;; query: example.lab. IN MX, id 4662, flags: rd, EDNS udp 1232, 40 bytes
;; UDP: sent 40 bytes to $dns
;; UDP: reply 77 bytes
── reply 77 bytes over UDP ──                         │ ── decoded ──
0000 12 36        id 4662                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4662
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 1,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 2
0006 00 01        ancount 1                           │
0008 00 00        nscount 0                           │ ;; OPT PSEUDOSECTION:
000a 00 02        arcount 2                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 07 65 78 61… qd[0].name.label len=7 "example"    │ ;; QUESTION SECTION:
0014 03 6c 61 62  qd[0].name.label len=3 "lab"        │ ;example.lab. IN MX
0018 00           qd[0].name.root 0 (end of name)     │
0019 00 0f        qd[0].type 15 (MX)                  │ ;; ANSWER SECTION:
001b 00 01        qd[0].class 1 (IN)                  │ example.lab. 3600 IN MX 10 mail.example.lab.
001d c0 0c        an[0].name.pointer -> 0x000c        │
                  (example.lab.) saves 11 bytes       │ ;; ADDITIONAL SECTION:
001f 00 0f        an[0].type 15 (MX)                  │ mail.example.lab. 3600 IN A 192.0.2.25
0021 00 01        an[0].class 1 (IN)                  │
0023 00 00 0e 10  an[0].ttl 3600 (1h)                 │ ;; Query time: [..] msec
0027 00 09        an[0].rdlength 9                    │ ;; SERVER: $dns (UDP)
0029 00 0a        an[0].preference 10                 │ ;; MSG SIZE  rcvd: 77
002b 04 6d 61 69… an[0].exchange.label len=4 "mail"   │
0030 c0 0c        an[0].exchange.pointer -> 0x000c    │
                  (example.lab.) saves 11 bytes       │
0032 c0 2b        ar[0].name.pointer -> 0x002b        │
                  (mail.example.lab.) saves 16 bytes  │
0034 00 01        ar[0].type 1 (A)                    │
0036 00 01        ar[0].class 1 (IN)                  │
0038 00 00 0e 10  ar[0].ttl 3600 (1h)                 │
003c 00 04        ar[0].rdlength 4                    │
003e c0 00 02 19  ar[0].address 192.0.2.25            │
0042 00           ar[1].name.root 0 (end of name)     │
0043 00 29        ar[1].type 41 (OPT)                 │
0045 04 d0        ar[1].udpsize 1232 (requester's UDP │
                  payload size)                       │
0047 00 00 00 00  ar[1].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
004b 00 00        ar[1].rdlength 0                    │
compression: 3 pointers saved 38 bytes (77 bytes as sent, 115 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: example.lab. MX for 3600s (its TTL); 'cache' shows the time left counting down
# SRV: the target is written out in full, even where a pointer would have saved bytes.
wirepad> dig _sip._udp.example.lab SRV @$dns +id=4663
;; query: _sip._udp.example.lab. IN SRV, id 4663, flags: rd, EDNS udp 1232, 50 bytes
;; UDP: sent 50 bytes to $dns
;; UDP: reply 105 bytes
── reply 105 bytes over UDP ──                        │ ── decoded ──
0000 12 37        id 4663                             │ ;; ->>HEADER<<- opcode: QUERY, status:
0002 85 00        flags 0x8500 qr aa rd opcode=QUERY  │   NOERROR, id: 4663
                  rcode=NOERROR                       │ ;; flags: qr aa rd; QUERY: 1, ANSWER: 1,
0004 00 01        qdcount 1                           │   AUTHORITY: 0, ADDITIONAL: 2
0006 00 01        ancount 1                           │
0008 00 00        nscount 0                           │ ;; OPT PSEUDOSECTION:
000a 00 02        arcount 2                           │ ; EDNS: version: 0, flags:; udp: 1232
000c 04 5f 73 69… qd[0].name.label len=4 "_sip"       │ ;; QUESTION SECTION:
0011 04 5f 75 64… qd[0].name.label len=4 "_udp"       │ ;_sip._udp.example.lab. IN SRV
0016 07 65 78 61… qd[0].name.label len=7 "example"    │
001e 03 6c 61 62  qd[0].name.label len=3 "lab"        │ ;; ANSWER SECTION:
0022 00           qd[0].name.root 0 (end of name)     │ _sip._udp.example.lab. 3600 IN SRV 0 5 5060
0023 00 21        qd[0].type 33 (SRV)                 │   sip.example.lab.
0025 00 01        qd[0].class 1 (IN)                  │
0027 c0 0c        an[0].name.pointer -> 0x000c        │ ;; ADDITIONAL SECTION:
                  (_sip._udp.example.lab.) saves 21   │ sip.example.lab. 3600 IN A 192.0.2.60
                  byt…                                │
0029 00 21        an[0].type 33 (SRV)                 │ ;; Query time: [..] msec
002b 00 01        an[0].class 1 (IN)                  │ ;; SERVER: $dns (UDP)
002d 00 00 0e 10  an[0].ttl 3600 (1h)                 │ ;; MSG SIZE  rcvd: 105
0031 00 17        an[0].rdlength 23                   │
0033 00 00        an[0].priority 0                    │
0035 00 05        an[0].weight 5                      │
0037 13 c4        an[0].port 5060                     │
0039 03 73 69 70  an[0].target.label len=3 "sip"      │
003d 07 65 78 61… an[0].target.label len=7 "example"  │
0045 03 6c 61 62  an[0].target.label len=3 "lab"      │
0049 00           an[0].target.root 0 (end of name)   │
004a 03 73 69 70  ar[0].name.label len=3 "sip"        │
004e c0 16        ar[0].name.pointer -> 0x0016        │
                  (example.lab.) saves 11 bytes       │
0050 00 01        ar[0].type 1 (A)                    │
0052 00 01        ar[0].class 1 (IN)                  │
0054 00 00 0e 10  ar[0].ttl 3600 (1h)                 │
0058 00 04        ar[0].rdlength 4                    │
005a c0 00 02 3c  ar[0].address 192.0.2.60            │
005e 00           ar[1].name.root 0 (end of name)     │
005f 00 29        ar[1].type 41 (OPT)                 │
0061 04 d0        ar[1].udpsize 1232 (requester's UDP │
                  payload size)                       │
0063 00 00 00 00  ar[1].ttl 0x00000000 ext-rcode=0    │
                  version=0                           │
0067 00 00        ar[1].rdlength 0                    │
compression: 2 pointers saved 32 bytes (105 bytes as sent, 137 without compression). A pointer is 2
  bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): "the rest of this name is the name at
  that offset" (RFC 1035 §4.1.4).
cached: _sip._udp.example.lab. SRV for 3600s (its TTL); 'cache' shows the time left counting down
