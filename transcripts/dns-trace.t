# Iterative resolution against a delegation lab: a root on 127.0.0.2 delegates lab. to
# 127.0.0.3, which delegates example.lab. to 127.0.0.4, all on one loopback port.
wirepad> serve dns-lab
dnslab: root . on 127.0.0.2, lab. on 127.0.0.3, example.lab. on 127.0.0.4, all on the port of $dnslab
dnslab: try 'trace www.example.lab' (it starts at $dnslab, the root)
wirepad> trace www.example.lab
;; trace www.example.lab. A from root hint $dnslab (the dns-lab root); every server is asked on the root hint's port, without RD
;; step 1: asked 127.0.0.2 (root hint, zone .) for www.example.lab. A without RD: NOERROR, 77 bytes over UDP in [..]
;;   referral: . delegates lab. to 1 name server (AA clear, NS in authority)
;;     lab. 86400 IN NS ns.lab.
;;     glue ns.lab. 86400 IN A 127.0.0.3 (in bailiwick of .: used)
;; step 2: asked 127.0.0.3 (from the referral, zone lab.) for www.example.lab. A without RD: NOERROR, 77 bytes over UDP in [..]
;;   referral: lab. delegates example.lab. to 1 name server (AA clear, NS in authority)
;;     example.lab. 3600 IN NS ns.example.lab.
;;     glue ns.example.lab. 3600 IN A 127.0.0.4 (in bailiwick of lab.: used)
;; step 3: asked 127.0.0.4 (from the referral, zone example.lab.) for www.example.lab. A without RD: NOERROR, authoritative (AA), 60 bytes over UDP in [..]
;;   answer: www.example.lab. 300 IN A 192.0.2.7
www.example.lab. 300 IN A 192.0.2.7
wirepad> trace alias.example.lab
;; trace alias.example.lab. A from root hint $dnslab (the dns-lab root); every server is asked on the root hint's port, without RD
;; step 1: asked 127.0.0.2 (root hint, zone .) for alias.example.lab. A without RD: NOERROR, 79 bytes over UDP in [..]
;;   referral: . delegates lab. to 1 name server (AA clear, NS in authority)
;;     lab. 86400 IN NS ns.lab.
;;     glue ns.lab. 86400 IN A 127.0.0.3 (in bailiwick of .: used)
;; step 2: asked 127.0.0.3 (from the referral, zone lab.) for alias.example.lab. A without RD: NOERROR, 79 bytes over UDP in [..]
;;   referral: lab. delegates example.lab. to 1 name server (AA clear, NS in authority)
;;     example.lab. 3600 IN NS ns.example.lab.
;;     glue ns.example.lab. 3600 IN A 127.0.0.4 (in bailiwick of lab.: used)
;; step 3: asked 127.0.0.4 (from the referral, zone example.lab.) for alias.example.lab. A without RD: NOERROR, authoritative (AA), 80 bytes over UDP in [..]
;;   answer: alias.example.lab. 300 IN CNAME www.example.lab.
;;   answer: www.example.lab. 300 IN A 192.0.2.7
alias.example.lab. 300 IN CNAME www.example.lab.
www.example.lab.   300 IN A     192.0.2.7
wirepad> trace nothere.example.lab
;; trace nothere.example.lab. A from root hint $dnslab (the dns-lab root); every server is asked on the root hint's port, without RD
;; step 1: asked 127.0.0.2 (root hint, zone .) for nothere.example.lab. A without RD: NOERROR, 81 bytes over UDP in [..]
;;   referral: . delegates lab. to 1 name server (AA clear, NS in authority)
;;     lab. 86400 IN NS ns.lab.
;;     glue ns.lab. 86400 IN A 127.0.0.3 (in bailiwick of .: used)
;; step 2: asked 127.0.0.3 (from the referral, zone lab.) for nothere.example.lab. A without RD: NOERROR, 81 bytes over UDP in [..]
;;   referral: lab. delegates example.lab. to 1 name server (AA clear, NS in authority)
;;     example.lab. 3600 IN NS ns.example.lab.
;;     glue ns.example.lab. 3600 IN A 127.0.0.4 (in bailiwick of lab.: used)
;; step 3: asked 127.0.0.4 (from the referral, zone example.lab.) for nothere.example.lab. A without RD: NXDOMAIN, authoritative (AA), 98 bytes over UDP in [..]
;;   negative answer, SOA: example.lab. 60 IN SOA ns.example.lab. hostmaster.example.lab. 1 7200 3600 1209600 60
;;   done: the name does not exist
# A name below wild.example.lab. that is not in the zone: example.lab.'s *.wild answers for it, with
# the name asked as owner (RFC 4592). On the wire it looks like any answer; the lab's log says so.
wirepad> trace any.thing.wild.example.lab
;; trace any.thing.wild.example.lab. A from root hint $dnslab (the dns-lab root); every server is asked on the root hint's port, without RD
;; step 1: asked 127.0.0.2 (root hint, zone .) for any.thing.wild.example.lab. A without RD: NOERROR, 88 bytes over UDP in [..]
;;   referral: . delegates lab. to 1 name server (AA clear, NS in authority)
;;     lab. 86400 IN NS ns.lab.
;;     glue ns.lab. 86400 IN A 127.0.0.3 (in bailiwick of .: used)
;; step 2: asked 127.0.0.3 (from the referral, zone lab.) for any.thing.wild.example.lab. A without RD: NOERROR, 88 bytes over UDP in [..]
;;   referral: lab. delegates example.lab. to 1 name server (AA clear, NS in authority)
;;     example.lab. 3600 IN NS ns.example.lab.
;;     glue ns.example.lab. 3600 IN A 127.0.0.4 (in bailiwick of lab.: used)
;; step 3: asked 127.0.0.4 (from the referral, zone example.lab.) for any.thing.wild.example.lab. A without RD: NOERROR, authoritative (AA), 71 bytes over UDP in [..]
;;   answer: any.thing.wild.example.lab. 300 IN A 192.0.2.80
;;   $dnslab says (query #[..]): the answer was synthesised from the wildcard *.wild.example.lab. for any.thing.wild.example.lab. (closest encloser wild.example.lab., RFC 4592 §3.3.1)
any.thing.wild.example.lab. 300 IN A 192.0.2.80
wirepad> servers
dnslab   dns-lab  $dnslab  12 events
wirepad> stop all
stopped dnslab (dns-lab)
