package wirepad.server.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Bob's widgets, in memory, one store per lab server (no globals). It starts with the seed's
 * "Widget 1"; new widgets get the next number (2, 3, …; the seed's {@code /widgets/42} is just an example).
 */
final class WidgetStore {
    record Widget(int id, String name, String color, long stock) {}

    /** Caps so a loop of POSTs cannot grow the store without bound: widgets, and bytes of their text. */
    static final int MAX = 10_000;
    static final long MAX_BYTES = 1024 * 1024;

    private final List<Widget> widgets = new ArrayList<>();
    private int next = 1;
    private long bytes;

    WidgetStore() { add("Widget 1", "red", 10); }

    /** The new widget, or null when the store is full (by count or by bytes). */
    synchronized Widget add(String name, String color, long stock) {
        long size = size(name, color);
        if (widgets.size() >= MAX || bytes + size > MAX_BYTES) return null;
        Widget w = new Widget(next++, name, color, stock);
        widgets.add(w);
        bytes += size;
        return w;
    }

    /** Bytes a widget's text takes (UTF-16 in memory: two per char). */
    static long size(String name, String color) { return 2L * (name.length() + color.length()); }

    synchronized long bytes() { return bytes; }

    synchronized Widget get(int id) {
        for (Widget w : widgets) if (w.id() == id) return w;
        return null;
    }

    synchronized List<Widget> all() { return List.copyOf(widgets); }
}
