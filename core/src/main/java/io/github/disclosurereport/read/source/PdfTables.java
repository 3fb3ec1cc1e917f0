package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the ruled tables of a page: the drawn lines that cross each other form a table, their distinct positions
 * its rows and columns, and where a border between two grid positions is not drawn the two belong to one merged
 * cell — as a reader of the printed page sees it.
 */
final class PdfTables {

    /** Points within which two lines are at the same place (double borders, rounding). */
    private static final float SAME = 2f;

    private PdfTables() {
    }

    /**
     * One cell of a table as printed on one page.
     *
     * @param row0 first grid row of the part
     * @param row1 one past the last grid row
     * @param left left border
     * @param right right border
     * @param top  top border
     * @param bottom bottom border
     */
    record Box(int row0, int row1, float left, float right, float top, float bottom) {

        boolean contains(float x, float y) {
            return x >= left - 0.5f && x <= right + 0.5f && y >= top - 0.5f && y <= bottom + 0.5f;
        }
    }

    /**
     * The part of a table printed on one page.
     *
     * @param page  the page
     * @param xs    column borders, left to right
     * @param ys    row borders, top to bottom
     * @param boxes its cells, in reading order
     */
    record Part(int page, float[] xs, float[] ys, List<Box> boxes) {

        float top() {
            return ys[0];
        }

        float bottom() {
            return ys[ys.length - 1];
        }

        float left() {
            return xs[0];
        }

        float right() {
            return xs[xs.length - 1];
        }

        int rows() {
            return ys.length - 1;
        }

        boolean contains(float x, float y) {
            return x >= left() - 1 && x <= right() + 1 && y >= top() - 1 && y <= bottom() + 1;
        }
    }

    /** The ruled tables of a page, top to bottom. */
    static List<Part> find(PdfPage page, ReadLimits limits, String fileName) {
        List<PdfPage.Ruling> h = merge(page.rulings().stream().filter(PdfPage.Ruling::horizontal).toList());
        List<PdfPage.Ruling> v = merge(page.rulings().stream().filter(r -> !r.horizontal()).toList());
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            PdfPage.Ruling a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                PdfPage.Ruling b = v.get(j);
                if (b.at() >= a.from() - SAME && b.at() <= a.to() + SAME && a.at() >= b.from() - SAME
                        && a.at() <= b.to() + SAME) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (find(parent, root) != root) {
                continue;
            }
            List<PdfPage.Ruling> hs = new ArrayList<>();
            List<PdfPage.Ruling> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    (i < h.size() ? hs : vs).add(i < h.size() ? h.get(i) : v.get(i - h.size()));
                }
            }
            Part part = part(page.number(), hs, vs, limits, fileName);
            if (part != null) {
                parts.add(part);
            }
        }
        parts.sort(Comparator.comparingDouble(Part::top));
        return parts;
    }

    private static Part part(int page, List<PdfPage.Ruling> hs, List<PdfPage.Ruling> vs, ReadLimits limits,
                             String fileName) {
        if (hs.size() < 2 || vs.size() < 2) {
            return null; // a rule under a title, a box's single side: no table
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (PdfPage.Ruling r : hs) {
            left = Math.min(left, r.from());
            right = Math.max(right, r.to());
        }
        for (PdfPage.Ruling r : vs) {
            top = Math.min(top, r.from());
            bottom = Math.max(bottom, r.to());
        }
        List<Float> xList = new ArrayList<>(List.of(left, right));
        vs.forEach(r -> xList.add(r.at()));
        List<Float> yList = new ArrayList<>(List.of(top, bottom));
        hs.forEach(r -> yList.add(r.at()));
        float[] xs = cluster(xList);
        float[] ys = cluster(yList);
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        if (cols < 1 || rows < 1 || right - left < 10 || bottom - top < 5) {
            return null;
        }
        if ((long) rows * cols > limits.maxTableCells()) {
            throw new LimitRefusals.Exceeded(LimitRefusals.exceeded(fileName, "第" + page + "页有表格超过 "
                    + limits.maxTableCells() + " 个单元格（" + rows + " 行 × " + cols + " 列）", "maxTableCells"));
        }
        List<List<PdfPage.Ruling>> atX = near(vs, xs);
        List<List<PdfPage.Ruling>> atY = near(hs, ys);
        // slots joined where no border is drawn between them
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !drawn(atX.get(c + 1), ys[r], ys[r + 1])) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !drawn(atY.get(r + 1), xs[c], xs[c + 1])) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] bounds = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int g = find(parent, r * cols + c);
                int[] b = bounds[g];
                if (b == null) {
                    bounds[g] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        List<Box> boxes = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int[] b = bounds[r * cols + c];
                if (b != null) {
                    boxes.add(new Box(b[0], b[2] + 1, xs[b[1]], xs[b[3] + 1], ys[b[0]], ys[b[2] + 1]));
                }
            }
        }
        boxes.sort(Comparator.comparingInt(Box::row0).thenComparingDouble(Box::left));
        return new Part(page, xs, ys, boxes);
    }

    /** For each border position, the lines drawn there. */
    private static List<List<PdfPage.Ruling>> near(List<PdfPage.Ruling> lines, float[] borders) {
        List<List<PdfPage.Ruling>> out = new ArrayList<>();
        for (float b : borders) {
            out.add(lines.stream().filter(l -> Math.abs(l.at() - b) <= SAME).toList());
        }
        return out;
    }

    /** Whether the lines at a border cover most of the stretch from {@code from} to {@code to}. */
    private static boolean drawn(List<PdfPage.Ruling> lines, float from, float to) {
        float covered = 0;
        for (PdfPage.Ruling l : lines) {
            covered += Math.max(0, Math.min(to, l.to()) - Math.max(from, l.from()));
        }
        return covered >= 0.5f * (to - from);
    }

    /** Collinear touching or overlapping pieces as one line (producers draw a border cell by cell). */
    private static List<PdfPage.Ruling> merge(List<PdfPage.Ruling> lines) {
        List<PdfPage.Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(PdfPage.Ruling::at).thenComparingDouble(PdfPage.Ruling::from));
        List<PdfPage.Ruling> out = new ArrayList<>();
        List<PdfPage.Ruling> row = new ArrayList<>();
        for (PdfPage.Ruling l : sorted) {
            if (!row.isEmpty() && l.at() - row.get(0).at() > 1) {
                joinRow(row, out);
                row.clear();
            }
            row.add(l);
        }
        joinRow(row, out);
        return out;
    }

    private static void joinRow(List<PdfPage.Ruling> row, List<PdfPage.Ruling> out) {
        if (row.isEmpty()) {
            return;
        }
        List<PdfPage.Ruling> byStart = new ArrayList<>(row);
        byStart.sort(Comparator.comparingDouble(PdfPage.Ruling::from));
        PdfPage.Ruling open = null;
        for (PdfPage.Ruling l : byStart) {
            if (open != null && l.from() <= open.to() + 1) {
                open = new PdfPage.Ruling(open.horizontal(), (open.at() + l.at()) / 2, open.from(),
                        Math.max(open.to(), l.to()));
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = l;
            }
        }
        out.add(open);
    }

    /** Positions closer than {@link #SAME} as one, sorted. */
    static float[] cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int count = 0;
        float first = 0;
        for (float v : sorted) {
            if (count > 0 && v - first > SAME) {
                out.add(sum / count);
                count = 0;
                sum = 0;
            }
            if (count == 0) {
                first = v;
            }
            sum += v;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
