package wirepad.server.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import wirepad.bytes.Hexdump;
import wirepad.http.HttpMessage;
import wirepad.server.Handler;

/**
 * {@code serve lab}: the seed's two tiers in one server. A web server looks for a static file
 * under {@code --root} first; what it does not find goes to the app: Bob's widgets,
 * httpbin-style endpoints, {@code /chunked}, {@code /raw} and the {@code /malformed/*} faults.
 * All state (the widgets) belongs to this instance.
 */
public final class LabHandler implements Handler {
    private final Clock clock;
    private final StaticFiles statics;
    private final Widgets widgets;
    private final Httpbin httpbin;
    private final Chunks chunks;

    /** @param root directory of static files, or null for none */
    public LabHandler(Clock clock, Path root) throws IOException {
        this.clock = clock;
        this.statics = root == null ? null : new StaticFiles(root, clock);
        this.widgets = new Widgets(clock);
        this.httpbin = new Httpbin(clock);
        this.chunks = new Chunks(clock);
    }

    @Override public Reply handle(HttpMessage request, Peer peer) {
        LabRequest r = LabRequest.of(request, peer);
        if (statics != null) {
            Reply file = statics.handle(r);
            if (file != null) return file;
        }
        String p = r.path();
        if (p.equals("/") || p.equals("/help")) return Res.text(clock, r, 200, IndexPage.text(statics == null ? null : statics.root().toString()));
        if (p.equals("/raw")) return raw(r);
        if (p.equals("/chunked")) return chunks.handle(r);
        Malformed m = Malformed.of(p);
        if (m != null) return m.reply();
        Reply w = widgets.handle(r);
        if (w != null) return w;
        Reply h = p.length() > 1 ? httpbin.handle(r) : null;
        if (h != null) return h;
        return Res.text(clock, r, 404, "404 Not Found: " + r.method() + " " + p + (statics == null ? "" : " is no file under the root and")
                + " matches no route; GET / lists the endpoints\n");
    }

    /**
     * The answers the head alone decides, for a request waiting for {@code 100 Continue}: the
     * widget routes' 405 (method) and 415 (media type). Everything else reads the body first.
     */
    @Override public Reply early(HttpMessage head, Peer peer) {
        LabRequest r = LabRequest.of(head, peer).fromHead();
        if (statics != null && statics.find(r.path()) != null) return null;
        return widgets.early(r);
    }

    /** The request exactly as received (its raw bytes), or their hexdump with {@code ?hex=1}. */
    private Reply raw(LabRequest r) {
        byte[] b = r.message().raw();
        boolean hex;
        try {
            hex = r.flag("hex", false);
        } catch (LabRequest.BadParameter e) {
            return Res.text(clock, r, 400, e.getMessage());
        }
        if (hex) return Res.text(clock, r, 200, Hexdump.dump(b));
        return Res.of(clock, r, 200, "application/octet-stream", b);
    }
}
