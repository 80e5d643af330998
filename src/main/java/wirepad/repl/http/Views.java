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

    static String render(ExchangeLog x, String view, int width) {
        String head = "#" + x.number() + " " + x.target() + "\n";
        return head + switch (view) {
            case "curl" -> CurlView.render(x);
            case "flow" -> FlowView.render(x.ledger(), x.sentFrom(), x.sentTo(), x.result().receivedFrom(), x.result().receivedTo())
                    + Footer.render(x);
            case "hex" -> HexView.render(x) + Footer.render(x);
            case "ledger" -> LedgerView.render(x) + Footer.render(x);
            default -> SideBySide.render(x, width);
        };
    }
}
