package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Word 97–2003 (.doc, also WPS-made .doc/.wps of the same binary family) → neutral intermediate. Paragraphs and
 * tables of the main text in order, numbered like {@link DocxSourceReader} numbers them so that locations agree
 * with a .docx twin. HWPF has no grid: the logical columns come from the cell edges of all rows.
 */
public final class DocSourceReader implements SourceReader {

    /** Cell edges closer than this (twips, 1/1440 inch) are the same grid line drawn slightly off. */
    private static final int EDGE_TOLERANCE = 3;
    /** A hostile file may claim absurd tables; no real report has more grid columns than this. */
    private static final int MAX_COLUMNS = 256;

    private final ReadLimits limits;

    /** @param limits the table and text limits to refuse a document by */
    public DocSourceReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        try (HWPFDocument doc = new HWPFDocument(in)) {
            return toSource(doc, fileName, limits);
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.translate(e, fileName, "Word 97-2003 (.doc)");
        }
    }

    private static SourceDocument toSource(HWPFDocument doc, String fileName, ReadLimits limits) {
        Range range = doc.getRange();
        List<SourceBlock> blocks = new ArrayList<>();
        int paragraphs = 0;
        int tables = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            Table t = p.isInTable() ? tableStartingAt(range, p) : null;
            if (t != null) {
                blocks.add(table(t, ++tables, fileName, limits));
                i += Math.max(1, t.numParagraphs()) - 1;
            } else {
                int number = ++paragraphs;
                blocks.add(new SourceParagraph(number, clean(p.text()), SourceLocation.paragraph(number)));
            }
        }
        return new SourceDocument(fileName, "doc", blocks);
    }

    /** The table a paragraph starts, or null when HWPF cannot make one of it (damaged table marks: read as text). */
    private static Table tableStartingAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // HWPF trips over damaged table properties (found by fuzzing): the rest of the document still reads
            return null;
        }
    }

    /** Builds the logical grid from the cell edges; vertical merge flags extend the cell above. */
    private static SourceTable table(Table t, int number, String fileName, ReadLimits limits) {
        int[] lines = gridLines(t);
        DocxSourceReader.checkSize(number, t.numRows(), Math.max(1, lines.length - 1), fileName, limits);
        List<int[]> spans = new ArrayList<>(); // per cell: row, col, rowSpan, colSpan
        List<String> texts = new ArrayList<>();
        List<Integer> open = new ArrayList<>(); // per grid column: index of the cell a continuation below extends
        for (int k = 0; k < lines.length; k++) {
            open.add(-1);
        }
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            int previous = -1; // index of this row's previous cell, for the old horizontal merge flags
            int nextColumn = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.getWidth() <= 0 && cellText(cell).isEmpty()) {
                    continue; // a zero-width placeholder some writers emit: not printed, takes no column
                }
                int left = cell.getLeftEdge();
                int start = Math.max(nextColumn, lineIndex(lines, left));
                int end = lineIndex(lines, left + Math.max(0, cell.getWidth()));
                int span = Math.max(1, end - start);
                if (cell.isMerged() && !cell.isFirstMerged() && previous >= 0) {
                    // Word 97 horizontal merge: this cell is hidden under the one to its left
                    int[] s = spans.get(previous);
                    s[3] = Math.max(s[3], start + span - s[1]);
                    nextColumn = start + span;
                    continue;
                }
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                int above = start < open.size() ? open.get(start) : -1;
                if (continuation && above >= 0 && spans.get(above)[1] == start
                        && spans.get(above)[0] + spans.get(above)[2] == r) {
                    spans.get(above)[2]++;
                    previous = above;
                } else {
                    spans.add(new int[] {r, start, 1, span});
                    texts.add(cellText(cell));
                    previous = spans.size() - 1;
                    for (int k = start; k < start + span && k < open.size(); k++) {
                        open.set(k, previous);
                    }
                }
                nextColumn = start + span;
            }
        }
        List<GridCell> cells = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            cells.add(new GridCell(s[0], s[1], s[2], s[3], texts.get(i)));
        }
        return new SourceTable(number, "", 0, 0, cells);
    }

    /** The distinct vertical grid lines of a table (cell left and right edges of every row), sorted. */
    private static int[] gridLines(Table t) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.getWidth() <= 0) {
                    continue;
                }
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + Math.max(0, cell.getWidth()));
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int e : edges) {
            if (lines.isEmpty() || e - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
                lines.add(e);
            }
            if (lines.size() > MAX_COLUMNS) {
                break;
            }
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the grid line nearest to an edge. */
    private static int lineIndex(int[] lines, int edge) {
        int best = 0;
        for (int i = 1; i < lines.length; i++) {
            if (Math.abs(lines[i] - edge) < Math.abs(lines[best] - edge)) {
                best = i;
            }
        }
        return best;
    }

    /** A cell's paragraphs joined with \n, as {@link DocxSourceReader} joins them. */
    private static String cellText(TableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(clean(cell.getParagraph(i).text()));
        }
        return sb.toString();
    }

    /**
     * The printed text of a paragraph: field codes dropped (their results kept), paragraph and cell marks removed,
     * line breaks as \n, other control characters (pictures, page breaks, soft hyphens) dropped.
     */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        List<Boolean> inCode = new ArrayList<>(); // per open field: still in its instruction part
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            switch (ch) {
                case '\u0013' -> inCode.add(Boolean.TRUE); // field begin: instructions follow
                case '\u0014' -> { // field separator: the result follows
                    if (!inCode.isEmpty()) {
                        inCode.set(inCode.size() - 1, Boolean.FALSE);
                    }
                }
                case '\u0015' -> { // field end
                    if (!inCode.isEmpty()) {
                        inCode.remove(inCode.size() - 1);
                    }
                }
                default -> {
                    if (inCode.contains(Boolean.TRUE)) {
                        continue;
                    }
                    if (ch == '\u000b') {
                        out.append('\n'); // manual line break
                    } else if (ch == '\t') {
                        out.append('\t');
                    } else if (ch == '\u001e') {
                        out.append('-'); // non-breaking hyphen
                    } else if (ch == '\u00a0' || ch >= ' ' && ch != '\u007f') {
                        out.append(ch);
                    }
                    // \r, \u0007 (cell/row end), \u0001/\u0008 (pictures), \u000c (page break), \u001f: not text
                }
            }
        }
        return out.toString();
    }
}
