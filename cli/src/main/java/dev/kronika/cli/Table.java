package dev.kronika.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell (capped). */
final class Table {

    private static final int MAX_WIDTH = 60;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    void add(String... cells) {
        rows.add(List.of(cells));
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], row.get(i).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).length() > widths[i] ? cells.get(i).substring(0, widths[i] - 1) + "…" : cells.get(i);
            out.append(cell).append(" ".repeat(widths[i] - cell.length()));
            out.append(i + 1 < cells.size() ? "  " : "\n");
        }
    }
}
