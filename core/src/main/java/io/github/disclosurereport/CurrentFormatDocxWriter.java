package io.github.disclosurereport;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.write.DocxCells;
import io.github.disclosurereport.write.DocxPrintLayout;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.TableLayout;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a 2021-format report as a new .docx in the official layout: title, preamble, the six sections, the three
 * tables (laid out from the forms, so the official merges are the forms') under 二、三、四, signature.
 * A4, 仿宋 body and 黑体 headings as government documents are typeset; printed like one too (headings styled and
 * kept with what follows, table headers repeated, rows unsplit, page numbers in the footer).
 */
public final class CurrentFormatDocxWriter {

    /** A4 text width in twentieths of a point with 2.8 cm / 2.6 cm margins. */
    private static final int TEXT_WIDTH = 8844;

    private final FormSet forms;

    CurrentFormatDocxWriter(FormSet forms) {
        this.forms = forms;
    }

    /**
     * Writes a 2021-format report to a file (replacing an existing one, atomically).
     *
     * @param report a report in the 2021 format ({@link ReportConverter#toCurrent} first)
     * @param output the .docx to write
     * @throws IllegalArgumentException when the report is not in the 2021 format
     * @throws IOException              when the file cannot be written
     */
    public void write(Report report, Path output) throws IOException {
        requireCurrent(report);
        try (XWPFDocument doc = build(report)) {
            OutputFiles.write(output, doc::write);
        }
    }

    /**
     * Writes a 2021-format report as .docx to a stream (not closed).
     *
     * @param report a report in the 2021 format
     * @param out    where the .docx bytes go
     * @throws IllegalArgumentException when the report is not in the 2021 format
     * @throws IOException              when the stream fails
     */
    public void write(Report report, OutputStream out) throws IOException {
        requireCurrent(report);
        try (XWPFDocument doc = build(report)) {
            doc.write(out);
        }
    }

    private static void requireCurrent(Report report) {
        if (report.format() != ReportFormat.CURRENT_2021) {
            throw new IllegalArgumentException("convert the report to the 2021 format first / 请先转换为2021年格式");
        }
    }

    XWPFDocument build(Report report) {
        XWPFDocument doc = new XWPFDocument();
        // the 2021 form the report was read with (a variant keeps its rows), else the root's
        FormDefinition form = report.form(forms);
        // 二号 (22 pt) title broken at a word boundary when it does not fit one line
        for (String line : DocxPrintLayout.titleLines(report.metadata().title(), report.metadata().organization(),
                TEXT_WIDTH / (22.0 * 20))) {
            DocxPrintLayout.keepWithNext(paragraph(doc, line, "宋体", 22, true, ParagraphAlignment.CENTER, false)
                    .getCTP());
        }
        for (Paragraph p : report.preamble()) {
            paragraph(doc, p.text(), "仿宋", 16, false, ParagraphAlignment.BOTH, true);
        }
        for (Section s : report.sections()) {
            DocxPrintLayout.heading(doc, paragraph(doc, s.printedHeading(), "黑体", 16, false, ParagraphAlignment.LEFT,
                    true), 1);
            XWPFParagraph last = null;
            for (Paragraph p : s.paragraphs()) {
                last = paragraph(doc, p.text(), "仿宋", 16, false, ParagraphAlignment.BOTH, true);
                int level = DocxPrintLayout.subHeadingLevel(p.text());
                if (level > 0) {
                    DocxPrintLayout.heading(doc, last, level);
                }
            }
            // a table follows the section its caption numbers (二, 三, 四)
            for (FormTable t : form.tables()) {
                if (t.caption().numbered() && t.caption().number().equals(s.number())) {
                    if (last != null) {
                        // the line that introduces the table stays with its first rows
                        DocxPrintLayout.keepWithNext(last.getCTP());
                    }
                    table(doc, TableLayout.of(form, t.code()), report);
                    last = null;
                }
            }
        }
        if (!report.metadata().organization().isEmpty() || report.metadata().date() != null) {
            // the sign-off block stays together, and with the last line of text
            List<XWPFParagraph> written = doc.getParagraphs();
            if (!written.isEmpty()) {
                DocxPrintLayout.keepWithNext(written.get(written.size() - 1).getCTP());
            }
            DocxPrintLayout.keepWithNext(paragraph(doc, "", "仿宋", 16, false, ParagraphAlignment.RIGHT, false)
                    .getCTP());
            if (!report.metadata().organization().isEmpty()) {
                DocxPrintLayout.keepWithNext(paragraph(doc, report.metadata().organization(), "仿宋", 16, false,
                        ParagraphAlignment.RIGHT, false).getCTP());
            }
            if (report.metadata().date() != null) {
                var d = report.metadata().date();
                paragraph(doc, d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", "仿宋", 16,
                        false, ParagraphAlignment.RIGHT, false);
            }
        }
        pageSetup(doc);
        DocxPrintLayout.pageNumbers(doc);
        return doc;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int size, boolean bold,
                                  ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        if (indent) {
            p.setIndentationFirstLine(640); // two characters of 16 pt
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(font);
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia(font);
        return p;
    }

    private static void table(XWPFDocument doc, TableLayout layout, Report report) {
        CTTbl tbl = doc.getDocument().getBody().addNewTbl();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setColor("000000");
        }
        if (layout.columns() > 10) {
            // T4's fifteen columns: narrow cell margins leave two characters a line for 结果维持, not one
            var mar = pr.addNewTblCellMar();
            mar.addNewLeft().setW(BigInteger.valueOf(28));
            mar.getLeft().setType(STTblWidth.DXA);
            mar.addNewRight().setW(BigInteger.valueOf(28));
            mar.getRight().setType(STTblWidth.DXA);
        }
        CTTblGrid grid = tbl.addNewTblGrid();
        int[] widths = columnWidths(layout);
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        TableLayout.Cell[][] cover = new TableLayout.Cell[layout.rows()][layout.columns()];
        for (TableLayout.Cell c : layout.cells()) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    cover[r][k] = c;
                }
            }
        }
        for (int r = 0; r < layout.rows(); r++) {
            CTRow row = tbl.addNewTr();
            for (int c = 0; c < layout.columns(); ) {
                TableLayout.Cell cell = cover[r][c];
                CTTc tc = row.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                tcPr.addNewTcW().setType(STTblWidth.DXA);
                int width = 0;
                for (int k = c; k < c + (cell == null ? 1 : cell.columnSpan()); k++) {
                    width += widths[k];
                }
                tcPr.getTcW().setW(BigInteger.valueOf(width));
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (cell == null) {
                    tc.addNewP();
                    c++;
                    continue;
                }
                if (cell.columnSpan() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
                }
                if (cell.rowSpan() > 1) {
                    tcPr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                CTP p = tc.addNewP();
                if (cell.row() == r) {
                    String text = cell.kind() == TableLayout.Kind.VALUE ? DocxCells.valueText(report.cells().get(cell.cellId()))
                            : cell.text();
                    cellText(p, text, cell.kind());
                }
                c += cell.columnSpan();
            }
        }
        int headerRows = layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.VALUE)
                .mapToInt(TableLayout.Cell::row).min().orElse(0);
        DocxPrintLayout.keepTable(tbl, headerRows);
        // an empty paragraph after the table keeps the next heading from sticking to it
        doc.createParagraph();
    }

    /**
     * Label columns get room for their long labels (T3's last label column most), value columns share the rest
     * equally; a table without label columns (T4) is split evenly.
     */
    static int[] columnWidths(TableLayout layout) {
        int labelColumns = layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.VALUE)
                .mapToInt(TableLayout.Cell::column).min().orElse(0);
        int[] w = new int[layout.columns()];
        int valueColumns = layout.columns() - labelColumns;
        double labelShare = labelColumns == 0 ? 0 : labelColumns == 1 ? 0.3 : 0.45;
        double weights = labelColumns + 1.5; // the innermost label column counts 2.5
        for (int c = 0; c < labelColumns; c++) {
            w[c] = (int) (TEXT_WIDTH * labelShare * (c == labelColumns - 1 ? 2.5 : 1) / weights);
        }
        for (int c = labelColumns; c < layout.columns(); c++) {
            w[c] = (int) (TEXT_WIDTH * (1 - labelShare) / valueColumns);
        }
        return w;
    }

    private static void cellText(CTP p, String text, TableLayout.Kind kind) {
        p.addNewPPr().addNewJc().setVal(kind == TableLayout.Kind.LABEL ? STJc.LEFT : STJc.CENTER);
        CTR r = p.addNewR();
        CTRPr rPr = r.addNewRPr();
        var fonts = rPr.addNewRFonts();
        fonts.setEastAsia("宋体");
        fonts.setAscii("宋体");
        fonts.setHAnsi("宋体");
        rPr.addNewSz().setVal(BigInteger.valueOf(20));
        if (kind == TableLayout.Kind.CAPTION || kind == TableLayout.Kind.HEADER) {
            rPr.addNewB();
        }
        r.addNewT().setStringValue(text);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }
}
