package io.github.disclosurereport.write;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Writing text into existing Word cells and paragraphs without losing their look. */
public final class DocxCells {

    private DocxCells() {
    }

    /**
     * Replaces a cell's text: the first paragraph keeps its properties and the first run's formatting (or, in an
     * empty cell, the paragraph mark's formatting, which is where Word keeps the font of an empty cell); further
     * paragraphs are removed.
     */
    /** The text a value cell prints: the number in plain digits, a mark as written, blank as nothing. */
    public static String valueText(Cell c) {
        if (c == null || c.state() == CellState.EMPTY) {
            return "";
        }
        return c.state() == CellState.NUMBER ? c.value().toPlainString() : c.raw().strip();
    }

    public static void setText(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().size() - 1);
        }
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        setText(p, text);
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
