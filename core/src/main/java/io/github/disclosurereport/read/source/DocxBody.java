package io.github.disclosurereport.read.source;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word body numbered exactly as the reader numbers it, so that a writer finds the paragraph or table cell that a
 * report's {@link io.github.disclosurereport.model.SourceLocation} names.
 */
public final class DocxBody {

    private final List<XWPFParagraph> paragraphs;
    private final List<DocxTable> tables;

    private DocxBody(List<XWPFParagraph> paragraphs, List<DocxTable> tables) {
        this.paragraphs = paragraphs;
        this.tables = tables;
    }

    public static DocxBody of(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        List<DocxTable> tables = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (e instanceof XWPFTable t) {
                tables.add(DocxSourceReader.grid(t, tables.size() + 1));
            } else if (e instanceof XWPFSDT sdt) {
                // the reader makes one paragraph per line of a content control; those cannot be written back
                for (String ignored : sdt.getContent().getText().split("\n")) {
                    paragraphs.add(null);
                }
            }
        }
        return new DocxBody(paragraphs, tables);
    }

    /** The Word paragraph with the reader's 1-based number, or null (out of range, or inside a content control). */
    public XWPFParagraph paragraph(int number) {
        return number < 1 || number > paragraphs.size() ? null : paragraphs.get(number - 1);
    }

    /** The table with the reader's 1-based number, or null. */
    public DocxTable table(int number) {
        return number < 1 || number > tables.size() ? null : tables.get(number - 1);
    }

    public List<DocxTable> tables() {
        return List.copyOf(tables);
    }
}
