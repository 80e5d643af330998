package wirepad.server.authority;

/** The test zone shared by server and client tests: delegation, CNAMEs, a reply too big for 512 bytes. */
public final class LabZone {
    private LabZone() {}

    public static final String TEXT = """
            $ORIGIN lab.
            $TTL 3600
            @     SOA ns1 hostmaster 1 7200 3600 1209600 300
                  NS  ns1
                  MX  10 mail
            ns1   A   127.0.0.1
            mail  A   192.0.2.25
            www   A   192.0.2.7
            alias CNAME www
            out   CNAME www.elsewhere.test.
            a.b.c A   192.0.2.99
            sub   NS  ns.sub
            ns.sub A  127.0.0.3
            """ + "big TXT \"" + "x".repeat(250) + "\"\n" + ("big TXT \"" + "y".repeat(250) + "\"\n");
}
