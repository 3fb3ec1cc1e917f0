package io.github.disclosurereport;

import io.github.disclosurereport.write.OutputExistsException;
import io.github.disclosurereport.write.DocxCells;
import io.github.disclosurereport.write.OutputFiles;

import io.github.disclosurereport.write.Correction;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.read.ReportReadException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * (styles, fonts, headers, images, untouched XML) is kept as it was.
 */
public final class ReportCorrector {

    private static final ReportCorrector DEFAULT = new ReportCorrector(FormSet.standard());

    private final FormSet forms;

    private ReportCorrector(FormSet forms) {
        this.forms = forms;
    }

    public static ReportCorrector defaults() {
        return DEFAULT;
    }

    /**
     * A corrector like this one that takes a report's sums from these forms (the form the report was read with,
     * as {@code FormSet.form(format, name)} resolves it); this corrector is unchanged.
     */
    public ReportCorrector withForms(FormSet forms) {
        return new ReportCorrector(java.util.Objects.requireNonNull(forms, "forms"));
    }

    /** The corrections a report needs, in form order; nothing is written. */
    public List<Correction> corrections(Report report) {
        FormDefinition form = forms.form(report.format(), report.source().form());
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
     * Writes the corrected copy of a .docx report. Returns the changes made (possibly none: the copy is then
     * identical in content).
     *
     * @throws ReportReadException      when the input cannot be read or is not a .docx
     * @throws OutputExistsException    when the output exists and {@code replace} is false
     */
    public List<Correction> correct(Path input, Path output, boolean replace) throws IOException {
        byte[] bytes = Files.readAllBytes(checkedInput(input));
        Report report = ReportReader.defaults().read(new ByteArrayInputStream(bytes), input.getFileName().toString());
        if (!report.source().fileType().equals("docx")) {
            throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE, input.getFileName()
                    + ": 只能更正 .docx 文件，请先用 WPS/Word 另存为 .docx / correct works on .docx files only");
        }
        List<Correction> changes = corrections(report);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxBody body = DocxBody.of(doc);
            for (Correction c : changes) {
                XWPFTableCell cell = wordCell(body, c.location());
                if (cell != null) {
                    DocxCells.setText(cell, c.after());
                }
            }
            OutputFiles.write(output, replace, doc::write, input);
        }
        return changes;
    }

    static XWPFTableCell wordCell(DocxBody body, SourceLocation l) {
        if (l.kind() != SourceLocation.Kind.TABLE_CELL || body.table(l.table()) == null) {
            return null;
        }
        return body.table(l.table()).wordCell(l.row() - 1, l.column() - 1);
    }

    static Path checkedInput(Path input) throws ReportReadException {
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    input + ": 文件不存在或无法打开 / no such readable file");
        }
        return input;
    }
}
