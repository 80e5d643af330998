package wirepad.server.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Bob's widgets, in memory, one store per lab server (no globals). It starts with the seed's
 * "Widget 1"; new widgets get the next number (2, 3, …; the seed's {@code /widgets/42} is just an example).
 */
final class WidgetStore {
    record Widget(int id, String name, String color, long stock) {}

    /** A cap so a loop of POSTs cannot grow the store without bound. */
    static final int MAX = 10_000;

    private final List<Widget> widgets = new ArrayList<>();
    private int next = 1;

    WidgetStore() { add("Widget 1", "red", 10); }

    synchronized Widget add(String name, String color, long stock) {
        if (widgets.size() >= MAX) return null;
        Widget w = new Widget(next++, name, color, stock);
        widgets.add(w);
        return w;
    }

    synchronized Widget get(int id) {
        for (Widget w : widgets) if (w.id() == id) return w;
        return null;
    }

    synchronized List<Widget> all() { return List.copyOf(widgets); }
}
