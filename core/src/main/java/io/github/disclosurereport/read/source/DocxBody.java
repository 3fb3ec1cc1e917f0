package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The one walk over a Word body: numbers its paragraphs and tables as the reader numbers them and keeps the Word
 * element behind each, so that the reader derives the neutral intermediate from it and a writer finds the paragraph
 * or table cell that a report's {@link io.github.disclosurereport.model.SourceLocation} names — one traversal, not
 * a reader loop and a writer loop that must stay alike.
 */
public final class DocxBody {

    private final List<XWPFParagraph> paragraphs;
    private final List<DocxTable> tables;
    private final List<SourceBlock> blocks;

    private DocxBody(List<XWPFParagraph> paragraphs, List<DocxTable> tables, List<SourceBlock> blocks) {
        this.paragraphs = paragraphs;
        this.tables = tables;
        this.blocks = blocks;
    }

    /**
     * Walks the body once.
     *
     * @param doc      the open document
     * @param fileName for messages
     * @param limits   the table limits a grid is refused by
     * @return the numbered body
     */
    public static DocxBody of(XWPFDocument doc, String fileName, ReadLimits limits) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        List<DocxTable> tables = new ArrayList<>();
        List<SourceBlock> blocks = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraphs.add(p);
                int n = paragraphs.size();
                blocks.add(new SourceParagraph(n, p.getText(), SourceLocation.paragraph(n)));
            } else if (e instanceof XWPFTable t) {
                DocxTable table = DocxSourceReader.grid(t, tables.size() + 1, fileName, limits);
                tables.add(table);
                blocks.add(table.grid());
            } else if (e instanceof XWPFSDT sdt) {
                // content controls: their text is kept as paragraphs, one per line; those cannot be written back
                for (String line : sdt.getContent().getText().split("\n")) {
                    paragraphs.add(null);
                    int n = paragraphs.size();
                    blocks.add(new SourceParagraph(n, line, SourceLocation.paragraph(n)));
                }
            }
        }
        return new DocxBody(paragraphs, tables, List.copyOf(blocks));
    }

    /** The body's paragraphs and tables in printed order, as the neutral intermediate holds them. */
    List<SourceBlock> blocks() {
        return blocks;
    }

    /** The Word paragraph with the reader's 1-based number, or null (out of range, or inside a content control). */
    public XWPFParagraph paragraph(int number) {
        return number < 1 || number > paragraphs.size() ? null : paragraphs.get(number - 1);
    }

    /** The table with the reader's 1-based number, or null. */
    public DocxTable table(int number) {
        return number < 1 || number > tables.size() ? null : tables.get(number - 1);
    }

    /** The tables in printed order. */
    public List<DocxTable> tables() {
        return List.copyOf(tables);
    }
}
