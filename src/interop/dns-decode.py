#!/usr/bin/env python3
"""Part of src/interop/dns-decode.sh (read its header): asks the servers given as NAME:PORT every
question of the zone four ways over UDP, decodes each reply with 'wirepad dns decode --json', and
compares the result field by field with kdig asking the same way and with tshark reading all the
replies from a pcap. Prints one "ok   ..." or "FAIL ..." line per check, details indented below.
Standard library only. Usage: dns-decode.py TMPDIR WIREPAD TSHARK(0|1) NAME:PORT...
"""
import json, os, random, re, socket, struct, subprocess, sys

tmp, wirepad, tshark_ok, servers = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4:]
TYPES = {"A": 1, "NS": 2, "CNAME": 5, "SOA": 6, "HINFO": 13, "MX": 15, "TXT": 16, "RP": 17, "AFSDB": 18, "RT": 21,
         "PX": 26, "AAAA": 28, "LOC": 29, "SRV": 33, "NAPTR": 35, "DNAME": 39, "DS": 43, "SSHFP": 44, "RRSIG": 46,
         "NSEC": 47, "DNSKEY": 48, "NSEC3": 50, "NSEC3PARAM": 51, "TLSA": 52, "CDS": 59, "CDNSKEY": 60, "CSYNC": 62, "ZONEMD": 63,
         "SVCB": 64, "HTTPS": 65, "TSIG": 250, "ANY": 255, "URI": 256, "CAA": 257}
QUESTIONS = [("decode.lab", t) for t in ("SOA", "NS", "MX", "CAA", "DNSKEY", "CDNSKEY", "HTTPS", "NSEC3PARAM", "TXT")] + [
    ("ns1.decode.lab", "A"), ("www.decode.lab", "A"), ("www.decode.lab", "AAAA"), ("mapped.decode.lab", "AAAA"),
    ("txt.decode.lab", "TXT"), ("alias.decode.lab", "A"), ("alias.decode.lab", "CNAME"), ("_sip._udp.decode.lab", "SRV"),
    ("host.decode.lab", "HINFO"), ("rp.decode.lab", "RP"), ("afs.decode.lab", "AFSDB"), ("rt.decode.lab", "RT"),
    ("naptr.decode.lab", "NAPTR"), ("dname.decode.lab", "DNAME"), ("x.dname.decode.lab", "A"), ("loc.decode.lab", "LOC"),
    ("loc2.decode.lab", "LOC"), ("secure.decode.lab", "DS"), ("secure.decode.lab", "CDS"), ("sshfp.decode.lab", "SSHFP"),
    ("_443._tcp.www.decode.lab", "TLSA"), ("svc.decode.lab", "SVCB"), ("svc2.decode.lab", "SVCB"),
    ("_ftp._tcp.decode.lab", "URI"), ("csync.decode.lab", "CSYNC"), ("nsec.decode.lab", "NSEC"), ("sig.decode.lab", "RRSIG"),
    ("md.decode.lab", "ZONEMD"), ("px.decode.lab", "PX"), ("nothere.decode.lab", "A"), ("www.decode.lab", "MX"),
    ("a.sub.decode.lab", "A"), ("www.decode.lab", "ANY")] + [
    # Knot only: signed by Knot itself, NSEC3
    ("signed.lab", "DNSKEY"), ("signed.lab", "SOA"), ("signed.lab", "CDS"), ("signed.lab", "CDNSKEY"), ("signed.lab", "NSEC3PARAM"),
    ("www.signed.lab", "A"), ("www.signed.lab", "TXT"), ("www.signed.lab", "MX"), ("nothere.signed.lab", "A")]
# (label, kdig options, EDNS: None or (udp size, DO, NSID), mixed case)
VARIANTS = [("plain", ["+noedns"], None, False), ("edns", ["+edns", "+bufsize=1232"], (1232, False, False), False),
            ("do-nsid-case", ["+edns", "+bufsize=1232", "+dnssec", "+nsid"], (1232, True, True), True),
            ("edns512", ["+edns", "+bufsize=512", "+ignore"], (512, False, False), False)]

def mixed(name, n):
    rnd = random.Random(n)
    return "".join(c.upper() if c.isalpha() and rnd.random() < 0.5 else c for c in name)

def query(qid, name, qtype, edns, qclass=1):
    msg = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 1 if edns else 0)
    for label in name.rstrip(".").split("."):
        msg += bytes([len(label)]) + label.encode()
    msg += b"\0" + struct.pack(">HH", qtype, qclass)
    if edns:
        size, do, nsid = edns
        opts = struct.pack(">HH", 3, 0) if nsid else b""
        msg += b"\0" + struct.pack(">HHIH", 41, size, 0x8000 if do else 0, len(opts)) + opts
    return msg

def tsig_query(qid, name, qtype):
    """A query signed (with a made-up MAC) by the key "nokey.", which no server here knows (RFC 8945 §5.2.1)."""
    msg = bytearray(query(qid, name, qtype, None))
    msg[10:12] = struct.pack(">H", 1)
    alg = b"\x0bhmac-sha256\x00"
    rdata = alg + struct.pack(">HIHH", 0, 1733450000, 300, 32) + bytes(32) + struct.pack(">HHH", qid, 0, 0)
    msg += b"\x05nokey\x00" + struct.pack(">HHIH", 250, 255, 0, len(rdata)) + rdata
    return bytes(msg)

def ask(port, msg):
    for _ in range(3):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(3)
        try:
            s.sendto(msg, ("127.0.0.1", port))
            while True:
                data, _ = s.recvfrom(65535)
                if data[:2] == msg[:2]:
                    return data
        except socket.timeout:
            continue
        finally:
            s.close()
    return None

captures = []  # (n, server, port, name, type label, qclass, variant, reply bytes)
n = 0
for server in servers:
    sname, port = server.split(":")
    port = int(port)
    for (name, t) in QUESTIONS:
        if t == "PX" and sname != "nsd" or name.endswith("signed.lab") and sname != "knot":
            continue
        for (vlabel, kopts, edns, case) in VARIANTS:
            n += 1
            qname = mixed(name, n) if case else name
            reply = ask(port, query(n, qname, TYPES[t], edns))
            captures.append((n, sname, port, qname, t, 1, vlabel, kopts, reply))
    for name, t in (("www.decode.lab", "A"), ("decode.lab", "SOA")):
        n += 1
        captures.append((n, sname, port, name, t, 1, "tsig", None, ask(port, tsig_query(n, name, TYPES[t]))))
    for name in ("id.server", "version.server", "hostname.bind"):  # class CH
        n += 1
        captures.append((n, sname, port, name, "TXT", 3, "chaos", ["+noedns"], ask(port, query(n, name, 16, None, 3))))

def say(ok, what, *details):
    print(("ok   " if ok else "FAIL ") + what)
    for d in details:
        print("       " + d)

missing = [c for c in captures if c[8] is None]
say(not missing, "%d replies captured from %s" % (len(captures) - len(missing), ", ".join(s.split(":")[0] for s in servers)),
    *["no reply: %s %s %s %s" % (c[1], c[3], c[4], c[6]) for c in missing[:5]])
captures = [c for c in captures if c[8] is not None]

# --- wirepad's JSON for each reply ---
decoded = {}
for c in captures:
    path = os.path.join(tmp, "r%d.bin" % c[0])
    with open(path, "wb") as f:
        f.write(c[8])
    p = subprocess.run([wirepad, "dns", "decode", "--json", "--binary", path], capture_output=True, text=True)
    if p.returncode != 0:
        say(False, "wirepad dns decode --json of %s's reply to %s %s (%s)" % (c[1], c[3], c[4], c[6]), p.stdout.strip()[:300], p.stderr.strip()[:300])
        continue
    decoded[c[0]] = json.loads(p.stdout)
say(len(decoded) == len(captures), "wirepad dns decode --json decodes %d of %d replies" % (len(decoded), len(captures)))

# the replies hold a record of every type asked for (and TSIG), so every layout is compared below
seen = {r["type"] for j in decoded.values() for sec in ("answer", "authority", "additional") for r in j.get(sec, [])}
wanted = {t for (_, t) in QUESTIONS if t != "ANY"} | {"TSIG", "NSEC3"}
say(wanted <= seen, "the replies hold records of all %d types asked for, TSIG included" % len(wanted),
    *(["missing: " + " ".join(sorted(wanted - seen))] if not wanted <= seen else []))

def norm(text):
    out = []
    for tok in text.split():
        m = re.fullmatch(r"(-?\d+)\.(\d+)(m?)", tok)
        if m and set(m.group(2)) == {"0"}:
            tok = m.group(1) + m.group(3)
        out.append(tok)
    return " ".join(out)

def wp_records(j, section):
    return [(r["name"], r["ttl"], r["class"], r["type"], norm(r["data"])) for r in j[section]]

# --- kdig: the same question, asked the same way ---
kdig_diffs = kdig_fields = 0
kdig_fail = []
for c in captures:
    n_, sname, port, qname, t, qclass, vlabel, kopts, reply = c
    case = vlabel == "do-nsid-case"
    if kopts is None:
        continue  # the TSIG query: tshark only
    j = decoded.get(n_)
    if j is None:
        continue
    args = ["kdig", "@127.0.0.1", "-p", str(port), "+time=3", "+retry=1", "+noquestion", "+nostats"]
    # kdig (libknot) has no PX: it is asked as TYPE26 and prints the RDATA as \# hex, so tshark checks PX's fields
    args += kopts + (["-c", "CH"] if qclass == 3 else []) + [qname, "TYPE26" if t == "PX" else t]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    sections, cur, head, edns = {"ANSWER": [], "AUTHORITY": [], "ADDITIONAL": []}, None, {}, {}
    for line in out.splitlines():
        m = re.match(r";; ->>HEADER<<- opcode: (\w+); status: (\w+); id: \d+", line)
        if m:
            head["rcode"] = m.group(2)
            continue
        m = re.match(r";; Flags: ([^;]*); QUERY: (\d+); ANSWER: (\d+); AUTHORITY: (\d+); ADDITIONAL: (\d+)", line)
        if m:
            head["flags"] = sorted(m.group(1).split())
            head["counts"] = [int(x) for x in m.group(2, 3, 4, 5)]
            continue
        m = re.match(r";; Version: (\d+); flags: ?([^;]*); UDP size: (\d+) B", line)
        if m:
            edns.update(version=int(m.group(1)), do="do" in m.group(2).split(), udp=int(m.group(3)))
            continue
        m = re.match(r";; NSID: ([0-9A-Fa-f]+)", line)
        if m:
            edns["nsid"] = m.group(1).lower()
            continue
        m = re.match(r";; (ANSWER|AUTHORITY|ADDITIONAL) SECTION:", line)
        if m:
            cur = m.group(1)
            continue
        if not line.strip():
            cur = None
            continue
        if cur and not line.startswith(";"):
            f = line.split(None, 4)
            sections[cur].append((f[0], int(f[1]), f[2], "PX" if f[3] == "TYPE26" else f[3], norm(f[4] if len(f) > 4 else "")))
    what = "%s %s %s %s (%s)" % (sname, qname, "CH" if qclass == 3 else "IN", t, vlabel)
    diffs = []
    def cmp(field, k, w):
        global kdig_fields
        kdig_fields += 1
        if k != w:
            diffs.append("%s: kdig %r, wirepad %r" % (field, k, w))
    cmp("status", head.get("rcode"), j["header"]["rcode"])
    cmp("flags", head.get("flags"), sorted(j["header"]["flags"]))
    wcounts = [len(j["question"]), len(j["answer"]), len(j["authority"]), len(j["additional"]) + (1 if "edns" in j else 0)]
    cmp("counts", head.get("counts"), wcounts)
    if "edns" in j or edns:
        e = j.get("edns", {})
        cmp("edns.version", edns.get("version"), e.get("version"))
        cmp("edns.do", edns.get("do"), e.get("do"))
        cmp("edns.udp", edns.get("udp"), e.get("udp"))
        wn = [o for o in e.get("options", []) if o.startswith("NSID")]
        wn = wn[0].split("=")[1].split()[0].lower() if wn and "=" in wn[0] else None
        cmp("edns.nsid", edns.get("nsid"), wn)
    for sec, key in (("ANSWER", "answer"), ("AUTHORITY", "authority"), ("ADDITIONAL", "additional")):
        k = sections[sec]
        w = wp_records(j, key)
        cmp(sec + " records", len(k), len(w))
        for i, (kr, wr) in enumerate(zip(k, w)):
            for fi, fname in enumerate(("owner", "ttl", "class", "type", "rdata")):
                kv, wv = kr[fi], wr[fi]
                if fname == "rdata" and wr[3] == "PX":
                    continue
                if fname == "owner" or case and fname == "rdata" or fname == "rdata" and wr[3] == "NSEC3":
                    # kdig prints names in lower case, and its own query's pointers bring its own case into RDATA names
                    kv, wv = kv.lower(), wv.lower()
                cmp("%s[%d].%s" % (sec.lower(), i, fname), kv, wv)
    if diffs:
        kdig_diffs += len(diffs)
        kdig_fail.append((what, diffs))
say(not kdig_fail, "kdig and wirepad agree on %d replies, %d fields compared, %d differences" % (
    len([c for c in captures if c[0] in decoded and c[7] is not None]), kdig_fields, kdig_diffs),
    *["%s: %s" % (w, "; ".join(d[:3])) for w, d in kdig_fail[:12]])

# --- tshark: every reply in one pcap (IPv4 + UDP from port 53, raw IP link type) ---
if tshark_ok:
    pcap = os.path.join(tmp, "replies.pcap")
    with open(pcap, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 228))
        order = []
        for c in captures:
            if c[0] not in decoded:
                continue
            payload = c[8]
            udp = struct.pack(">HHHH", 53, 40000, 8 + len(payload), 0) + payload
            ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0, bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
            pkt = ip + udp
            f.write(struct.pack("<IIII", 1700000000 + len(order), 0, len(pkt), len(pkt)) + pkt)
            order.append(c)
    fields = ["dns.id", "dns.flags", "dns.count.queries", "dns.count.answers", "dns.count.auth_rr", "dns.count.add_rr",
              "dns.qry.name", "dns.qry.type", "dns.qry.class", "dns.resp.name", "dns.resp.type", "dns.resp.class", "dns.resp.ttl",
              "dns.a", "dns.aaaa", "dns.cname", "dns.ns", "dns.mx.mail_exchange", "dns.srv.port", "dns.srv.target", "dns.caa.tag",
              "dns.ds.key_id", "dns.rrsig.type_covered", "dns.rrsig.signers_name", "dns.nsec.next_domain_name",
              "dns.naptr.replacement", "dns.rp.mailbox", "dns.afsdb.hostname", "dns.dname", "dns.tlsa.certificate_usage",
              "dns.sshfp.algorithm", "dns.svcb.svcparam.key", "dns.hinfo.cpu", "dns.rr.udp_payload_size",
              "dns.srv.service", "dns.srv.proto", "dns.srv.name", "dns.px.preference", "dns.px.map822", "dns.px.map400",
              "dns.nsec3.iterations", "dns.nsec3.salt_value", "dns.nsec3.hash_value", "dns.tsig.algorithm_name",
              "dns.tsig.fudge", "dns.tsig.mac_size", "dns.tsig.original_id", "dns.tsig.error", "dns.tsig.other_len",
              "dns.dnskey.key_id"]
    cmd = ["tshark", "-r", pcap, "-n", "-d", "udp.port==53,dns", "-T", "fields",
           "-E", "separator=\t", "-E", "aggregator=\x01", "-E", "occurrence=a"]
    for fl in fields:
        cmd += ["-e", fl]
    p = subprocess.run(cmd, capture_output=True, text=True)
    rows = [line.split("\t") for line in p.stdout.splitlines()]
    if len(rows) != len(order):
        say(False, "tshark reads %d packets of %d" % (len(rows), len(order)), p.stderr.strip()[:300])
    t_diffs = t_fields = 0
    t_fail = []
    def tname(n):
        return "<Root>" if n == "." else n[:-1]
    def datas(rrs, typ):
        return [r["data"] for r in rrs if r["type"] == typ]
    for c, row in zip(order, rows):
        j = decoded[c[0]]
        v = dict(zip(fields, [x.split("\x01") if x else [] for x in row]))
        allr = j["answer"] + j["authority"] + j["additional"]
        diffs = []
        def cmp(field, t, w):
            global t_fields
            t_fields += 1
            if t != w:
                diffs.append("%s: tshark %r, wirepad %r" % (field, t, w))
        one = lambda k: v[k][0] if v[k] else None
        cmp("id", int(one("dns.id"), 0), j["header"]["id"])
        wcounts = [len(j["question"]), len(j["answer"]), len(j["authority"]), len(j["additional"]) + (1 if "edns" in j else 0)]
        cmp("counts", [int(one(k)) for k in fields[2:6]], wcounts)
        cmp("question.name", v["dns.qry.name"], [tname(q["name"]) for q in j["question"]])
        cmp("question.type", [int(x) for x in v["dns.qry.type"]], [TYPES.get(q["type"]) for q in j["question"]])
        # owners and types of every record, the OPT record where it sits (last here); class and TTL without it
        # tshark shows an SRV owner as service, proto and name instead
        names = [tname(r["name"]) for r in allr if r["type"] != "SRV"] + (["<Root>"] if "edns" in j else [])
        cmp("SRV owner", [".".join(x) for x in zip(v["dns.srv.service"], v["dns.srv.proto"], v["dns.srv.name"])],
            [tname(r["name"]) for r in allr if r["type"] == "SRV"])
        # tshark lists the types of an NSEC, NSEC3 or CSYNC bit map as more dns.resp.type fields: so the bit maps are compared too
        def code(m):
            return int(m[4:]) if m.startswith("TYPE") else TYPES.get(m)
        types = []
        for r in allr:
            types.append(TYPES.get(r["type"]))
            skipped = {"NSEC": 1, "NSEC3": 5, "CSYNC": 2}.get(r["type"])
            if skipped is not None:
                types += [code(m) for m in r["data"].split()[skipped:]]
        types += [41] if "edns" in j else []
        cmp("records.name", v["dns.resp.name"], names)
        cmp("records.type", [int(x) for x in v["dns.resp.type"]], types)
        cmp("records.ttl", [int(x) for x in v["dns.resp.ttl"]], [r["ttl"] for r in allr])
        cmp("records.class", [int(x, 16) if x.startswith("0x") else int(x) for x in v["dns.resp.class"]],
            [{"IN": 1, "CH": 3, "NONE": 254, "ANY": 255}[r["class"]] for r in allr])
        if "edns" in j:
            cmp("edns.udp", [int(x) for x in v["dns.rr.udp_payload_size"]], [j["edns"]["udp"]])
        cmp("A", v["dns.a"], datas(allr, "A"))
        cmp("AAAA", v["dns.aaaa"], datas(allr, "AAAA"))
        cmp("CNAME", v["dns.cname"], [tname(d) for d in datas(allr, "CNAME")])
        cmp("NS", v["dns.ns"], [tname(d) for d in datas(allr, "NS")])
        cmp("MX", v["dns.mx.mail_exchange"], [tname(d.split()[1]) for d in datas(allr, "MX")])
        cmp("SRV port", v["dns.srv.port"], [d.split()[2] for d in datas(allr, "SRV")])
        cmp("SRV target", v["dns.srv.target"], [tname(d.split()[3]) for d in datas(allr, "SRV")])
        cmp("CAA tag", v["dns.caa.tag"], [d.split()[1] for d in datas(allr, "CAA")])
        cmp("DS key id", [int(x, 0) for x in v["dns.ds.key_id"]], [int(d.split()[0]) for d in datas(allr, "DS") + datas(allr, "CDS")])
        cmp("PX", list(zip(v["dns.px.preference"], v["dns.px.map822"], v["dns.px.map400"])),
            [(d.split()[0], tname(d.split()[1]), tname(d.split()[2])) for d in datas(allr, "PX")])
        cmp("RRSIG covered", [int(x) for x in v["dns.rrsig.type_covered"]], [TYPES[d.split()[0]] for d in datas(allr, "RRSIG")])
        cmp("RRSIG signer", v["dns.rrsig.signers_name"], [tname(d.split()[7]) for d in datas(allr, "RRSIG")])
        cmp("NSEC next", v["dns.nsec.next_domain_name"], [tname(d.split()[0]) for d in datas(allr, "NSEC")])
        cmp("NAPTR replacement", v["dns.naptr.replacement"], [tname(d.split()[-1]) for d in datas(allr, "NAPTR")])
        cmp("RP mailbox", v["dns.rp.mailbox"], [tname(d.split()[0]) for d in datas(allr, "RP")])
        cmp("AFSDB host", v["dns.afsdb.hostname"], [tname(d.split()[1]) for d in datas(allr, "AFSDB")])
        cmp("DNAME", v["dns.dname"], [tname(d) for d in datas(allr, "DNAME")])
        cmp("TLSA usage", v["dns.tlsa.certificate_usage"], [d.split()[0] for d in datas(allr, "TLSA")])
        cmp("SSHFP algorithm", v["dns.sshfp.algorithm"], [d.split()[0] for d in datas(allr, "SSHFP")])
        n3 = [d.split() for d in datas(allr, "NSEC3")]
        cmp("NSEC3", list(zip(v["dns.nsec3.iterations"], v["dns.nsec3.salt_value"], [h.lower() for h in v["dns.nsec3.hash_value"]])),
            [(d[2], d[3].lower(), d[4].lower()) for d in n3])  # base32hex in either case (RFC 4648 §7): tshark prints lower
        ts = [d.split() for d in datas(allr, "TSIG")]
        # TSIG: algorithm TIME FUDGE MACSIZE [MAC] ORIGINALID ERROR OTHERLEN [OTHER]
        rest = [d[5:] if d[3] != "0" else d[4:] for d in ts]
        errors = {"NOERROR": 0, "BADSIG": 16, "BADKEY": 17, "BADTIME": 18, "NOTAUTH": 9}
        cmp("TSIG", list(zip(v["dns.tsig.algorithm_name"], v["dns.tsig.fudge"], v["dns.tsig.mac_size"], v["dns.tsig.original_id"],
                             v["dns.tsig.error"], v["dns.tsig.other_len"])),
            [(tname(d[0]), d[2], d[3], r[0], str(errors.get(r[1], r[1])), r[2]) for d, r in zip(ts, rest)])
        if any(r["type"] in ("DNSKEY", "CDNSKEY") for r in allr):
            # the key tag (RFC 4034 Appendix B) that wirepad's annotated view computes, against Wireshark's key id
            ann = subprocess.run([wirepad, "dns", "decode", "--annotate", "--binary", os.path.join(tmp, "r%d.bin" % c[0])],
                                 capture_output=True, text=True).stdout
            cmp("DNSKEY key tag", [int(x, 0) for x in v["dns.dnskey.key_id"]], [int(x) for x in re.findall(r"key tag (\d+)", ann)])
        keys = {"mandatory": 0, "alpn": 1, "no-default-alpn": 2, "port": 3, "ipv4hint": 4, "ech": 5, "ipv6hint": 6}
        cmp("SVCB keys", [int(x) for x in v["dns.svcb.svcparam.key"]],
            [keys[p.split("=")[0]] for d in datas(allr, "SVCB") + datas(allr, "HTTPS") for p in d.split()[2:]])
        cmp("HINFO cpu", v["dns.hinfo.cpu"], [d.split('" "')[0].strip('"') for d in datas(allr, "HINFO")])
        if diffs:
            t_diffs += len(diffs)
            t_fail.append(("%s %s %s (%s)" % (c[1], c[3], c[4], c[6]), diffs))
    say(not t_fail and len(rows) == len(order), "tshark and wirepad agree on %d replies, %d fields compared, %d differences" % (len(rows), t_fields, t_diffs),
        *["%s: %s" % (w, "; ".join(d[:3])) for w, d in t_fail[:12]])
