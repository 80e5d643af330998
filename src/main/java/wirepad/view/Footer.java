package wirepad.view;

import wirepad.net.Ending;
import wirepad.net.ExchangeLog;

/**
 * The lines the byte views (flow, hex, ledger) end with when an exchange did not end by its framing
 * in the usual way: the request was cut short, the user cancelled, the idle timeout passed (how far
 * reading got, as a cancel says it), the connection switched protocol, TLS closed without close_notify. The side and curl views say the same in their own lines.
 */
public final class Footer {
    private Footer() {}

    public static String render(ExchangeLog x) {
        StringBuilder sb = new StringBuilder();
        if (x.result().writeCut() != null) sb.append("note: ").append(x.result().writeCut()).append('\n');
        Ending e = x.result().ending();
        if (e == Ending.CANCELLED || e == Ending.TIMEOUT || e == Ending.SWITCHED || e == Ending.TLS_TRUNCATED || e == Ending.RESET || x.result().writeCut() != null)
            sb.append(MessageText.prose(x.result().stopped())).append('\n');
        return sb.toString();
    }
}
