package io.github.disclosurereport;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.FileKind;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.intake.ReportIntake;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.write.DocxCells;
import io.github.disclosurereport.write.DocxPrintLayout;
import io.github.disclosurereport.write.OutputFiles;

import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrects only what can be corrected with certainty: numbers printed in a non-standard way (full-width digits,
 * thousands separators, stray spaces) and blank totals whose parts are all filled. Wrong sums are not
 * "corrected" — which side is wrong is not certain; the validator reports them. Everything else in the document
 * (text, styles, fonts, headers, images, untouched XML) is kept as it was; the corrected copy of a .docx is also
 * laid out for print (table headers repeat, rows do not split, headings keep with their text, page numbers where
 * there is no footer). A workbook (.xlsx, .xls 统计表) is corrected the same way in its own cells, numbers written as
 * numbers, and stays of its type. A report with nothing to correct is not written at all.
 */
public final class ReportCorrector {

    private static final String NOT_DOCX = "只能更正 .docx、.xlsx 或 .xls 文件，请先用 WPS/Word 另存为 .docx"
            + " / correct works on .docx, .xlsx and .xls files only";

    private final FormSet forms;
    private final ReportIntake intake;

    ReportCorrector(ReadLimits limits, FormSet forms) {
        this.forms = forms;
        this.intake = new ReportIntake(limits, forms);
    }

    /**
     * The corrections a report needs, in form order; nothing is written.
     *
     * @param report a report (its sums from the form it was read with)
     * @return each change with its cell, location, before and after
     */
    public List<Correction> corrections(Report report) {
        FormDefinition form = report.form(forms);
        Map<String, Cell> cells = new LinkedHashMap<>(report.cells());
        List<Correction> out = new ArrayList<>();
        for (Cell c : report.cells().values()) {
            if (c.state() == CellState.NUMBER) {
                String canonical = c.value().toPlainString();
                if (!c.raw().equals(canonical)) {
                    out.add(new Correction(c.id(), c.location(), c.raw(), canonical,
                            "数字写法规范化（全角数字、千位分隔符或多余空格）"));
                }
            }
        }
        // blank totals, repeatedly: a filled total can complete another relation (R3.7 总计)
        Map<String, Correction> filled = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, BigDecimal> candidates = new HashMap<>();
            Map<String, Boolean> conflicting = new HashMap<>();
            for (SumRelation rel : form.sumRelations()) {
                Cell total = cells.get(rel.totalId());
                if (total == null || total.state() != CellState.EMPTY) {
                    continue;
                }
                BigDecimal sum = sumIfAllNumbers(rel, cells);
                if (sum == null) {
                    continue;
                }
                BigDecimal previous = candidates.putIfAbsent(rel.totalId(), sum);
                if (previous != null && previous.compareTo(sum) != 0) {
                    conflicting.put(rel.totalId(), true);
                }
            }
            for (Map.Entry<String, BigDecimal> e : candidates.entrySet()) {
                if (conflicting.containsKey(e.getKey())) {
                    continue;
                }
                Cell old = cells.get(e.getKey());
                Cell now = new Cell(old.id(), e.getValue(), e.getValue().toPlainString(), CellState.NUMBER,
                        old.location());
                cells.put(old.id(), now);
                filled.put(old.id(), new Correction(old.id(), old.location(), old.raw(),
                        e.getValue().toPlainString(), "合计栏空白，按各分项之和填写"));
                changed = true;
            }
        }
        for (Cell c : report.cells().values()) {
            if (filled.containsKey(c.id())) {
                out.add(filled.get(c.id()));
            }
        }
        return List.copyOf(out);
    }

    private static BigDecimal sumIfAllNumbers(SumRelation rel, Map<String, Cell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : rel.partIds()) {
            Cell p = cells.get(id);
            if (p == null || p.state() != CellState.NUMBER) {
                return null;
            }
            sum = sum.add(p.value());
        }
        return sum;
    }

    /**
     * Writes the corrected copy of a .docx report or a workbook (.xlsx, .xls) to a file of the same type
     * (atomically, replacing an existing output); the input is never changed.
     *
     * @param input  the .docx report or workbook
     * @param output where the corrected copy goes; never the input
     * @return the changes made; none when the report needs none, and then no file is written
     * @throws ReportReadException when the input cannot be read or is not a .docx or workbook
     * @throws IOException         when the output cannot be written, or is the input
     */
    public List<Correction> correct(Path input, Path output) throws IOException {
        byte[] content = FileSniffer.load(input, intake.limits());
        String name = ReportReader.fileName(input);
        if (isWorkbook(content, name)) {
            try (ReportIntake.EditableWorkbook wb = intake.openWorkbook(content, name)) {
                List<Correction> changes = apply(wb);
                if (!changes.isEmpty()) {
                    OutputFiles.write(output, wb.workbook()::write, input);
                }
                return changes;
            }
        }
        try (ReportIntake.EditableDocx docx = open(content, name)) {
            List<Correction> changes = apply(docx);
            if (!changes.isEmpty()) {
                OutputFiles.write(output, docx.document()::write, input);
            }
            return changes;
        }
    }

    /**
     * Writes the corrected copy of a .docx report or workbook read from a stream to another stream, of the same
     * type (neither is closed).
     *
     * @param input    the .docx, .xlsx or .xls bytes
     * @param fileName the input's name, for messages
     * @param output   where the corrected copy goes
     * @return the changes made; none when the report needs none, and then nothing is written to {@code output}
     * @throws ReportReadException when the input cannot be read or is not a .docx or workbook
     * @throws IOException         when a stream fails
     */
    public List<Correction> correct(InputStream input, String fileName, OutputStream output) throws IOException {
        byte[] content = intake.load(input, fileName);
        if (isWorkbook(content, fileName)) {
            try (ReportIntake.EditableWorkbook wb = intake.openWorkbook(content, fileName)) {
                List<Correction> changes = apply(wb);
                if (!changes.isEmpty()) {
                    wb.workbook().write(output);
                }
                return changes;
            }
        }
        try (ReportIntake.EditableDocx docx = open(content, fileName)) {
            List<Correction> changes = apply(docx);
            if (!changes.isEmpty()) {
                docx.document().write(output);
            }
            return changes;
        }
    }

    private boolean isWorkbook(byte[] content, String name) throws ReportReadException {
        FileKind kind = intake.kind(content, name);
        return kind == FileKind.XLSX || kind == FileKind.XLS;
    }

    /** The workbook path: the same decisions, written by {@link WorkbookCorrection} into sheet cells. */
    private List<Correction> apply(ReportIntake.EditableWorkbook wb) {
        return WorkbookCorrection.apply(wb.workbook(), wb.report(), corrections(wb.report()));
    }

    private ReportIntake.EditableDocx open(byte[] content, String fileName) throws ReportReadException {
        return intake.openDocx(content, fileName, NOT_DOCX);
    }

    private List<Correction> apply(ReportIntake.EditableDocx docx) {
        List<Correction> changes = corrections(docx.report());
        for (Correction c : changes) {
            XWPFTableCell cell = wordCell(docx.body(), c.location());
            if (cell != null) {
                DocxCells.setText(cell, c.after());
            }
        }
        if (!changes.isEmpty()) {
            DocxPrintLayout.apply(docx.document(), docx.body(), docx.report(), false);
        }
        return changes;
    }

    static XWPFTableCell wordCell(DocxBody body, SourceLocation l) {
        if (l.kind() != SourceLocation.Kind.TABLE_CELL || body.table(l.table()) == null) {
            return null;
        }
        return body.table(l.table()).wordCell(l.row() - 1, l.column() - 1);
    }

}
