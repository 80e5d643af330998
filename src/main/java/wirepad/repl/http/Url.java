package wirepad.repl.http;

import wirepad.repl.CommandException;

/**
 * {@code http://host[:port]/path?query} split into what a draft needs: the origin-form target,
 * the Host value (the authority exactly as typed) and where to connect.
 */
record Url(boolean tls, String authority, String host, int port, String target) {
    static boolean looksLike(String s) { return s.startsWith("http://") || s.startsWith("https://"); }

    static Url parse(String s) throws CommandException {
        boolean tls = s.startsWith("https://");
        String rest = s.substring(tls ? 8 : 7);
        int slash = indexOfAny(rest, "/?#");
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String target = slash < 0 ? "/" : rest.substring(slash);
        int hash = target.indexOf('#');
        if (hash >= 0) target = target.substring(0, hash); // RFC 9110 §4.2.4: the fragment is not sent
        if (target.startsWith("?")) target = "/" + target;
        if (authority.isEmpty()) throw new CommandException("no host in " + s);
        if (authority.contains("@")) throw new CommandException("user info in URLs is not supported; add an Authorization line instead");
        String host = authority;
        int port = tls ? 443 : 80;
        int colon = authority.lastIndexOf(':');
        if (colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new CommandException("bad port in " + s);
            }
        }
        if (host.startsWith("[") != host.endsWith("]")) throw new CommandException("unbalanced [ ] around the IPv6 address in " + s);
        if (host.startsWith("[")) host = host.substring(1, host.length() - 1);
        if (host.isEmpty()) throw new CommandException("no host in " + s);
        if (port < 1 || port > 65535) throw new CommandException("port " + port + " in " + s + " is out of range (1-65535)");
        return new Url(tls, authority, host, port, target);
    }

    String hostPort() { return (host.contains(":") ? "[" + host + "]" : host) + ":" + port; }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
