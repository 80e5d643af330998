package wirepad.repl.http;

import wirepad.net.ExchangeLog;
import wirepad.view.CurlView;
import wirepad.view.FlowView;
import wirepad.view.Footer;
import wirepad.view.HexView;
import wirepad.view.LedgerView;
import wirepad.view.SideBySide;

/** Picks the rendering of an exchange: side (default), curl, flow, hex or ledger. */
final class Views {
    private Views() {}

    /** The 'utf8' setting: raw views show valid UTF-8 as text (auto: when the response says charset=utf-8). */
    static final String UTF8 = "utf8";

    static String render(ExchangeLog x, String view, int width, String utf8) {
        String head = "#" + x.number() + " " + x.target() + "\n";
        return head + switch (view) {
            case "curl" -> CurlView.render(x);
            case "flow" -> FlowView.render(x.ledger(), x.sentFrom(), x.sentTo(), x.result().receivedFrom(), x.result().receivedTo())
                    + Footer.render(x);
            case "hex" -> HexView.render(x) + Footer.render(x);
            case "ledger" -> LedgerView.render(x) + Footer.render(x);
            default -> SideBySide.render(x, width, utf8);
        };
    }
}
