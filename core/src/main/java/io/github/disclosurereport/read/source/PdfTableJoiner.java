package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One logical table from its parts on consecutive pages: the column borders of all parts as one grid, a header the
 * next page repeats dropped, and a merged cell the page break cut in two (its text above, an empty rest below)
 * joined again — so the grid is the one the writer made, as a Word file's is.
 */
final class PdfTableJoiner {

    /** Rows a repeated header may have. */
    private static final int MAX_HEADER_ROWS = 4;

    /** A row label's numbering: a cell starting so begins a row of its own, it does not run on. */
    private static final Pattern NUMBERED = Pattern.compile("[(（]?[一二三四五六七八九十\\d]+[)）、.．]");

    /** A number alone in a cell: a value, never the half of a wrapped text. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,，]+%?");

    private final List<PdfTables.Part> parts = new ArrayList<>();
    private final List<List<PdfText.Cell>> texts = new ArrayList<>();

    /** Starts a table with its first part; {@code texts} are its boxes' texts in order. */
    PdfTableJoiner(PdfTables.Part first, List<PdfText.Cell> texts) {
        add(first, texts);
    }

    final void add(PdfTables.Part part, List<PdfText.Cell> boxTexts) {
        parts.add(part);
        texts.add(List.copyOf(boxTexts));
    }

    PdfTables.Part last() {
        return parts.get(parts.size() - 1);
    }

    /** Whether a part at the top of the next page continues this table: the same left and right borders. */
    boolean continuedBy(PdfTables.Part next) {
        PdfTables.Part last = last();
        return next.page() == last.page() + 1 && Math.abs(next.left() - last.left()) <= 3
                && Math.abs(next.right() - last.right()) <= 3;
    }

    /** The logical grid, numbered {@code number}, each row knowing its page. */
    SourceTable table(int number, ReadLimits limits, String fileName) {
        List<Float> borders = new ArrayList<>();
        for (PdfTables.Part p : parts) {
            for (float x : p.xs()) {
                borders.add(x);
            }
        }
        float[] xs = PdfTables.cluster(borders);
        List<int[]> cells = new ArrayList<>(); // row, column, rowSpan, columnSpan
        List<StringBuilder> cellTexts = new ArrayList<>();
        List<Boolean> cellFlows = new ArrayList<>();
        List<Integer> rowPages = new ArrayList<>();
        int headerRows = 0;
        for (int k = 0; k < parts.size(); k++) {
            PdfTables.Part part = parts.get(k);
            List<PdfText.Cell> boxTexts = texts.get(k);
            int skip = 0;
            if (k == 0) {
                headerRows = Math.min(MAX_HEADER_ROWS, part.rows() - 1);
            } else {
                skip = repeatedHeader(parts.get(0), texts.get(0), part, boxTexts, xs, headerRows);
            }
            int boundary = rowPages.size(); // the first grid row of this part
            Map<Integer, int[]> above = new HashMap<>(); // box index → the cell of the last page it continues
            boolean rowGoesOn = false; // the page break cut through a row: its rest is no row of its own
            if (k > 0) {
                Map<Integer, int[]> pairs = new HashMap<>();
                boolean flows = false;
                boolean allEmpty = true;
                boolean allFilled = true;
                boolean allPaired = true;
                for (int b = 0; b < part.boxes().size(); b++) {
                    PdfTables.Box box = part.boxes().get(b);
                    if (box.row0() != skip) {
                        continue;
                    }
                    int c0 = nearest(xs, box.left());
                    int c1 = Math.max(c0 + 1, nearest(xs, box.right()));
                    int i = endingAt(cells, boundary, c0, c1);
                    String text = boxTexts.get(b).text();
                    allEmpty &= text.isEmpty();
                    allFilled &= !text.isEmpty();
                    if (i < 0) {
                        allPaired = false;
                        continue;
                    }
                    pairs.put(b, cells.get(i));
                    if (cellFlows.get(i) && !text.isEmpty() && !NUMBERED.matcher(text).lookingAt()
                            && !(NUMBER.matcher(text).matches() && NUMBER.matcher(cellTexts.get(i)).matches())) {
                        flows = true; // the cell's text may run on over the page break
                    }
                    if (text.isEmpty() && cells.get(i)[2] > 1 && !cellTexts.get(i).toString().isBlank()) {
                        above.put(b, cells.get(i)); // the empty rest of a merged label the break cut
                    }
                }
                if (allPaired && !pairs.isEmpty()) {
                    // the same cells as the row before: the rest of that row (nothing, or the text that did not fit)
                    // — unless every cell has text of its own, which is a row of its own
                    if (allEmpty || flows && !allFilled) {
                        above.putAll(pairs);
                        rowGoesOn = true;
                    }
                } else if (flows) { // a merged cell's text running on beside new cells
                    for (Map.Entry<Integer, int[]> e : pairs.entrySet()) {
                        int i = cells.indexOf(e.getValue());
                        if (cellFlows.get(i) && !boxTexts.get(e.getKey()).text().isEmpty()) {
                            above.put(e.getKey(), e.getValue());
                        }
                    }
                }
            }
            int offset = boundary - skip - (rowGoesOn ? 1 : 0);
            for (int b = 0; b < part.boxes().size(); b++) {
                PdfTables.Box box = part.boxes().get(b);
                if (box.row0() < skip) {
                    continue;
                }
                int c0 = nearest(xs, box.left());
                int c1 = Math.max(c0 + 1, nearest(xs, box.right()));
                PdfText.Cell text = boxTexts.get(b);
                int[] joined = above.get(b);
                if (joined != null) {
                    int i = cells.indexOf(joined);
                    joined[2] += box.row1() - box.row0() - (rowGoesOn ? 1 : 0);
                    PdfText.append(cellTexts.get(i), text.text());
                    cellFlows.set(i, text.flows());
                    continue;
                }
                cells.add(new int[] {offset + box.row0(), c0, box.row1() - box.row0(), c1 - c0});
                cellTexts.add(new StringBuilder(text.text()));
                cellFlows.add(text.flows());
            }
            for (int r = skip + (rowGoesOn ? 1 : 0); r < part.rows(); r++) {
                rowPages.add(part.page());
            }
        }
        long positions = (long) rowPages.size() * Math.max(1, xs.length - 1);
        if (positions > limits.maxTableCells()) {
            throw new LimitRefusals.Exceeded(LimitRefusals.exceeded(fileName, "第" + number + "个表格超过 "
                    + limits.maxTableCells() + " 个单元格", "maxTableCells"));
        }
        List<GridCell> grid = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int[] c = cells.get(i);
            grid.add(new GridCell(c[0], c[1], c[2], c[3], cellTexts.get(i).toString()));
        }
        int[] pages = rowPages.stream().mapToInt(Integer::intValue).toArray();
        return new SourceTable(number, grid, pages);
    }

    /** The cell ending just above {@code row} over exactly these columns, or -1. */
    private static int endingAt(List<int[]> cells, int row, int c0, int c1) {
        for (int i = 0; i < cells.size(); i++) {
            int[] c = cells.get(i);
            if (c[0] + c[2] == row && c[1] == c0 && c[1] + c[3] == c1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many top rows of a continuation repeat the first part's header: the largest count whose cells (borders
     * and text) are the same, not cutting through a merged cell; 0 when the header is not repeated.
     */
    private static int repeatedHeader(PdfTables.Part first, List<PdfText.Cell> firstTexts, PdfTables.Part next,
                                      List<PdfText.Cell> nextTexts, float[] xs, int maxRows) {
        for (int m = Math.min(maxRows, next.rows() - 1); m >= 1; m--) {
            Set<String> a = block(first, firstTexts, xs, m);
            Set<String> b = block(next, nextTexts, xs, m);
            if (a != null && b != null && a.equals(b) && a.stream().anyMatch(s -> !s.endsWith("|"))) {
                return m;
            }
        }
        return 0;
    }

    /** The cells of a part's first {@code m} rows as comparable strings, or null if a cell crosses row m. */
    private static Set<String> block(PdfTables.Part part, List<PdfText.Cell> texts, float[] xs, int m) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < part.boxes().size(); i++) {
            PdfTables.Box b = part.boxes().get(i);
            if (b.row0() >= m) {
                continue;
            }
            if (b.row1() > m) {
                return null;
            }
            out.add(b.row0() + "," + b.row1() + "," + nearest(xs, b.left()) + "," + nearest(xs, b.right()) + "|"
                    + texts.get(i).text().replaceAll("\\s+", ""));
        }
        return out;
    }

    private static int nearest(float[] xs, float x) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
                best = i;
            }
        }
        return best;
    }
}
