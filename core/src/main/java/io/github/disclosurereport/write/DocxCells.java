package io.github.disclosurereport.write;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;

import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.DocxBody;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Writing text into existing Word cells and paragraphs without losing their look. */
public final class DocxCells {

    private DocxCells() {
    }

    /** The text a value cell prints: the number in plain digits, a mark as written, blank as nothing. */
    public static String valueText(Cell c) {
        if (c == null || c.state() == CellState.EMPTY) {
            return "";
        }
        return c.state() == CellState.NUMBER ? c.value().toPlainString() : c.raw().strip();
    }

    /**
     * Replaces a cell's text: the first paragraph keeps its properties and the first run's formatting (or, in an
     * empty cell, the paragraph mark's formatting, which is where Word keeps the font of an empty cell); further
     * paragraphs are removed.
     */
    public static void setText(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().size() - 1);
        }
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        setText(p, text);
    }

    /**
     * Writes a figure into a value cell in its table's one look: the given run formatting (the table's usual value
     * cell look, whatever this empty cell happened to carry), centred across and down.
     *
     * @param cell the value cell
     * @param text the figure as printed
     * @param look run formatting for the table's figures, or null to keep the cell's own
     */
    public static void setValue(XWPFTableCell cell, String text, CTRPr look) {
        setText(cell, text);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (look != null) {
            p.getRuns().get(0).getCTR().setRPr((CTRPr) look.copy());
        }
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationFirstLine(0);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    /**
     * The look of each table's figures: per table (its reader's number), the run formatting most of its value cells
     * carry (by font size; a template's empty cells are not all alike), from the cells themselves or, when empty,
     * their paragraph marks.
     *
     * @param body   the document's body as read
     * @param layout the document read as a report (where its value cells are)
     * @return table number → run formatting; tables whose cells carry none are absent
     */
    public static Map<Integer, CTRPr> valueLooks(DocxBody body, Report layout) {
        Map<Integer, Map<String, CTRPr>> bySize = new HashMap<>();
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (Cell c : layout.cells().values()) {
            SourceLocation l = c.location();
            if (l.kind() != SourceLocation.Kind.TABLE_CELL || body.table(l.table()) == null) {
                continue;
            }
            XWPFTableCell cell = body.table(l.table()).wordCell(l.row() - 1, l.column() - 1);
            CTRPr look = cell == null || cell.getParagraphs().isEmpty() ? null : look(cell.getParagraphs().get(0));
            if (look == null) {
                continue;
            }
            String size = look.sizeOfSzArray() > 0 ? String.valueOf(look.getSzArray(0).getVal()) : "";
            bySize.computeIfAbsent(l.table(), k -> new HashMap<>()).putIfAbsent(size, look);
            counts.computeIfAbsent(l.table(), k -> new HashMap<>()).merge(size, 1, Integer::sum);
        }
        Map<Integer, CTRPr> out = new HashMap<>();
        counts.forEach((table, sizes) -> {
            // most cells' size; on a tie the larger, which is what the filled-in figures of the official form use
            String best = sizes.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            // a copy: the cell it came from may be rewritten before the last figure is written
            out.put(table, (CTRPr) bySize.get(table).get(best).copy());
        });
        return out;
    }

    /** A paragraph's first run's formatting, else its mark's (an empty cell's), else null. */
    private static CTRPr look(XWPFParagraph p) {
        if (!p.getRuns().isEmpty() && p.getRuns().get(0).getCTR().getRPr() != null) {
            return p.getRuns().get(0).getCTR().getRPr();
        }
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getRPr() != null) {
            return markToRun(p.getCTP().getPPr().getRPr());
        }
        return null;
    }

    /** Replaces a paragraph's text keeping the paragraph's properties and its first run's formatting. */
    public static void setText(XWPFParagraph p, String text) {
        CTRPr keep = null;
        if (!p.getRuns().isEmpty() && p.getRuns().get(0).getCTR().getRPr() != null) {
            keep = (CTRPr) p.getRuns().get(0).getCTR().getRPr().copy();
        } else if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getRPr() != null) {
            keep = markToRun(p.getCTP().getPPr().getRPr());
        }
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        // hyperlinks and fields hold text outside plain runs; a cell we rewrite should have none left
        p.getCTP().getHyperlinkList().clear();
        p.getCTP().getFldSimpleList().clear();
        XWPFRun r = p.createRun();
        if (keep != null) {
            r.getCTR().setRPr(keep);
        }
        r.setText(text);
    }

    /** The paragraph mark's run properties as run properties (same schema content, different type). */
    private static CTRPr markToRun(CTParaRPr mark) {
        try {
            return CTRPr.Factory.parse(mark.xmlText());
        } catch (org.apache.xmlbeans.XmlException e) {
            return null;
        }
    }
}
