package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** A page's {@code <table>} as a logical grid: rowspan/colspan resolved, cell text with its line breaks. */
final class HtmlTables {

    private HtmlTables() {
    }

    /** A hostile page may claim absurd spans; a real report never spans more than a few dozen. */
    static final int MAX_SPAN = 64;

    /**
     * The logical grid of an outermost table: the HTML table model's slot filling — each cell takes the next free
     * column of its row, rowspan reserves columns of the rows below (0 or beyond the table: to the table's end).
     * Rows of nested tables belong to their cell's text, not to this grid.
     */
    static SourceTable table(Element table, int number, String fileName, ReadLimits limits) {
        List<Element> rows = rowsOf(table);
        List<int[]> spans = new ArrayList<>(); // per cell: row, col, rowSpan, colSpan
        List<String> texts = new ArrayList<>();
        List<BitSet> taken = new ArrayList<>(); // per row: grid columns covered by cells from rows above or this one
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new BitSet());
        }
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                col = taken.get(r).nextClearBit(col);
                int colSpan = span(cell.attr("colspan"), MAX_SPAN);
                int rowSpan = span(cell.attr("rowspan"), rows.size() - r);
                if (cell.attr("rowspan").strip().equals("0")) {
                    rowSpan = rows.size() - r; // HTML: 0 spans to the end of the table section
                }
                columns = Math.max(columns, col + colSpan);
                DocxSourceReader.checkSize(number, rows.size(), columns, fileName, limits);
                for (int k = r; k < r + rowSpan; k++) {
                    taken.get(k).set(col, col + colSpan);
                }
                spans.add(new int[] {r, col, rowSpan, colSpan});
                texts.add(cellText(cell));
                col += colSpan;
            }
        }
        List<GridCell> cells = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            cells.add(new GridCell(s[0], s[1], s[2], s[3], texts.get(i)));
        }
        return new SourceTable(number, "", 0, 0, cells);
    }

    /** The text of a table cell: its blocks and {@code <br>}s as line breaks, a nested table's rows as lines. */
    static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        HtmlText.pushChildren(stack, cell);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof HtmlText.BlockEnd) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                continue;
            }
            if (n instanceof TextNode t) {
                HtmlText.appendCollapsed(sb, t.getWholeText());
                continue;
            }
            if (!(n instanceof Element el) || HtmlText.SKIPPED.contains(el.normalName())) {
                continue;
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                sb.append('\n');
                continue;
            }
            if (HtmlText.BLOCKS.contains(tag)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                stack.push(new HtmlText.BlockEnd());
            }
            HtmlText.pushChildren(stack, el);
        }
        return HtmlText.clean(sb);
    }

    /**
     * The tables that only lay out the page (older sites put navigation, the article and the footer in the cells
     * of one big table): those with a table of two or more rows somewhere in their cells. A report's own tables,
     * pasted from Word, never nest a table of rows; a one-row table inside a cell stays that cell's text. One pass
     * over the page: each table of rows marks its ancestors, stopping at one already marked, so a page nested
     * thousands deep costs what its size costs.
     */
    static Set<Element> layoutTables(Element root) {
        Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : root.getElementsByTag("table")) {
            if (rowsOf(table).size() < 2) {
                continue;
            }
            for (Element p = table.parent(); p != null && marked.add(p); p = p.parent()) {
                if (p == root) {
                    break;
                }
            }
        }
        Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : marked) {
            if (e.normalName().equals("table")) {
                layout.add(e);
            }
        }
        return layout;
    }

    /** The table's own rows: directly, or inside thead/tbody/tfoot — not those of tables nested in its cells. */
    static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** A span attribute as a number from 1 to max; anything unreadable is 1. */
    static int span(String value, int max) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && end < 9 && Character.isDigit(v.charAt(end)) && v.charAt(end) < 128) {
            end++;
        }
        if (end == 0) {
            return 1;
        }
        int n = Integer.parseInt(v.substring(0, end));
        return Math.max(1, Math.min(Math.max(1, max), n));
    }
}
