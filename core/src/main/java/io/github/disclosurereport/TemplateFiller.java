package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.FileKind;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.intake.ReportIntake;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.write.DocxCells;
import io.github.disclosurereport.write.DocxPrintLayout;
import io.github.disclosurereport.write.FillInputs;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.Placeholders;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a user's .docx template (e.g. the official blank one) from a report — or a workbook template (.xlsx, .xls),
 * the same way: its cells found by its labels, placeholders in any cell, numbers written as numbers and its own
 * formulas kept with their cached results refreshed; an .xls stays an .xls. Table cells are found by reading the
 * template like any report — by its labels, so no markers are needed — and written in place; placeholders such as
 * {@code {{organization}}}, {@code {{year}}}, {@code {{cell:T3:R1:total}}} are replaced anywhere (body, tables,
 * headers, footers); section text replaces the template's body text under the matching heading. The template's
 * formatting is kept: each written cell keeps its paragraph and first run's look.
 */
public final class TemplateFiller {

    private static final String NOT_DOCX = "模板必须是 .docx、.xlsx 或 .xls 文件 / the template must be a .docx, .xlsx or .xls file";

    private final ReportIntake intake;
    private final ReportConverter converter;

    TemplateFiller(ReadLimits limits, FormSet forms, ReportConverter converter) {
        this.intake = new ReportIntake(limits, forms);
        this.converter = converter;
    }

    /**
     * What filling did.
     *
     * @param filledCells   cell ids written into the template's tables
     * @param unplacedCells cell ids of the report that have a value but no place in the template
     * @param emptyCells    template cells for which the report has no value (left as they were)
     * @param sections      template sections whose text was replaced
     * @param placeholders  how many placeholders were replaced
     * @param unknownPlaceholders placeholders the report has no value for (left in the text)
     * @param conversionNotes     when the report was of an older format than a 2021 template: what the conversion
     *                            could not carry over exactly (C1/C2), else empty
     * @param unfilledPlaces      places of the template left as they were although they look like places for
     *                            values, each with its location and why, in Chinese: rows and tables no form
     *                            describes (a province's extra rows), and a workbook's own formulas whose result
     *                            differs from the report's value
     */
    public record Result(List<String> filledCells, List<String> unplacedCells, List<String> emptyCells,
                         List<String> sections, int placeholders, List<String> unknownPlaceholders,
                         List<Finding> conversionNotes, List<String> unfilledPlaces) {
        /**
         * Keeps unmodifiable copies of the lists, so that the result cannot change after it is handed out.
         *
         * @param filledCells         cell ids written into the template's tables
         * @param unplacedCells       cell ids of the report that have a value but no place in the template
         * @param emptyCells          template cells for which the report has no value
         * @param sections            template sections whose text was replaced
         * @param placeholders        how many placeholders were replaced
         * @param unknownPlaceholders placeholders the report has no value for
         * @param conversionNotes     what converting an older report for a 2021 template could not carry over
         *                            exactly (C1/C2), else empty
         * @param unfilledPlaces      places of the template left as they were, each with its location and why
         */
        public Result {
            unfilledPlaces = List.copyOf(unfilledPlaces);
            conversionNotes = List.copyOf(conversionNotes);
            filledCells = List.copyOf(filledCells);
            unplacedCells = List.copyOf(unplacedCells);
            emptyCells = List.copyOf(emptyCells);
            sections = List.copyOf(sections);
            unknownPlaceholders = List.copyOf(unknownPlaceholders);
        }
    }

    /**
     * Fills a template file into an output file (atomically, replacing an existing output); the template is never
     * changed.
     *
     * @param template the .docx, .xlsx or .xls template (read by its labels like any report)
     * @param from     the report whose values and text go in
     * @param output   where the filled document goes (of the template's type); never the template
     * @return what was filled and what was not
     * @throws ReportReadException when the template cannot be read or is not a .docx or workbook; NOT_A_TEMPLATE
     *                             when it already holds a report's text or figures (filling would write over
     *                             them), NOT_A_REPORT when the report holds no figure and no text (the two
     *                             swapped)
     * @throws IOException         when the output cannot be written, or is the template
     */
    public Result fill(Path template, Report from, Path output) throws IOException {
        byte[] content = FileSniffer.load(template, intake.limits());
        String name = ReportReader.fileName(template);
        if (isWorkbook(content, name)) {
            try (ReportIntake.EditableWorkbook wb = intake.openWorkbook(content, name)) {
                Result result = fillWorkbook(wb, name, from);
                OutputFiles.write(output, wb.workbook()::write, template);
                return result;
            }
        }
        try (ReportIntake.EditableDocx docx = intake.openDocx(content, name, NOT_DOCX)) {
            Result result = fill(docx, name, from);
            OutputFiles.write(output, docx.document()::write, template);
            return result;
        }
    }

    /**
     * Fills a template read from a stream into another stream (neither is closed).
     *
     * @param template     the .docx, .xlsx or .xls template's bytes
     * @param templateName its name, for messages
     * @param from         the report whose values and text go in
     * @param output       where the filled document (of the template's type) goes
     * @return what was filled and what was not
     * @throws ReportReadException when the template cannot be read or is not a .docx or workbook; NOT_A_TEMPLATE
     *                             when it already holds a report's text or figures (filling would write over
     *                             them), NOT_A_REPORT when the report holds no figure and no text (the two
     *                             swapped)
     * @throws IOException         when a stream fails
     */
    public Result fill(InputStream template, String templateName, Report from, OutputStream output)
            throws IOException {
        byte[] content = intake.load(template, templateName);
        if (isWorkbook(content, templateName)) {
            try (ReportIntake.EditableWorkbook wb = intake.openWorkbook(content, templateName)) {
                Result result = fillWorkbook(wb, templateName, from);
                wb.workbook().write(output);
                return result;
            }
        }
        try (ReportIntake.EditableDocx docx = intake.openDocx(content, templateName, NOT_DOCX)) {
            Result result = fill(docx, templateName, from);
            docx.document().write(output);
            return result;
        }
    }

    private boolean isWorkbook(byte[] content, String name) throws ReportReadException {
        FileKind kind = intake.kind(content, name);
        return kind == FileKind.XLSX || kind == FileKind.XLS;
    }

    /** The workbook path: its own class writes the sheet cells; the conversion is the same as for Word. */
    private Result fillWorkbook(ReportIntake.EditableWorkbook wb, String templateName, Report from)
            throws ReportReadException {
        Report layout = wb.report();
        FillInputs.check(layout, templateName, from);
        List<Finding> conversionNotes = List.of();
        if (layout.format() == ReportFormat.CURRENT_2021 && from.format() != ReportFormat.CURRENT_2021) {
            ReportConverter.Conversion conversion = converter.toCurrent(from);
            from = conversion.report();
            conversionNotes = conversion.notes();
        }
        return WorkbookTemplateFill.fill(wb.workbook(), layout, from, conversionNotes);
    }

    /**
     * The template's places that no form cell stands for (a province's extra rows, a table that is no form), from
     * what reading the template noticed: nothing is written there, so each is listed.
     */
    static List<String> templatePlaces(Report layout) {
        return layout.notes().stream()
                .filter(n -> n.code() == ReadNote.Code.EXTRA_ROW || n.code() == ReadNote.Code.FORM_NOT_RECOGNISED)
                .map(n -> n.location().describe() + "：" + n.message()).toList();
    }

    private Result fill(ReportIntake.EditableDocx docx, String templateName, Report from) throws ReportReadException {
        Report layout = docx.report();
        FillInputs.check(layout, templateName, from);
        List<Finding> conversionNotes = List.of();
        if (layout.format() == ReportFormat.CURRENT_2021 && from.format() != ReportFormat.CURRENT_2021) {
            // an older report goes into a 2021 template through the conversion, so its cells land under 2021 ids
            // and what has no 2021 counterpart is said, never guessed
            ReportConverter.Conversion conversion = converter.toCurrent(from);
            from = conversion.report();
            conversionNotes = conversion.notes();
        }
        XWPFDocument doc = docx.document();
        DocxBody body = docx.body();
        List<String> filled = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        Map<Integer, CTRPr> looks = DocxCells.valueLooks(body, layout);
        for (Cell slot : layout.cells().values()) {
            Cell value = from.cells().get(slot.id());
            if (value == null || value.state() == CellState.EMPTY) {
                empty.add(slot.id());
                continue;
            }
            XWPFTableCell cell = ReportCorrector.wordCell(body, slot.location());
            if (cell != null) {
                // one look for every figure of a table, centred like the official template's
                DocxCells.setValue(cell, DocxCells.valueText(value), looks.get(slot.location().table()));
                filled.add(slot.id());
            }
        }
        List<String> unplaced = from.cells().values().stream()
                .filter(c -> c.state() != CellState.EMPTY && !layout.cells().containsKey(c.id()))
                .map(Cell::id).toList();
        XWPFParagraph bodyModel = firstBodyParagraph(body, layout);
        List<String> sections = fillSections(doc, body, layout, from, bodyModel);
        XWPFParagraph title = fillTitle(doc, body, layout, from);
        if (title != null && !from.preamble().isEmpty()) {
            replaceText(doc, words(body, layout.preamble()), title, bodyModel, from.preamble());
        }
        boolean signOffPlaceholder = allParagraphs(doc).stream()
                .anyMatch(p -> p.getText().contains("{{date") || p.getText().contains("{{ date"));
        List<String> unknown = new ArrayList<>();
        int replaced = 0;
        for (XWPFParagraph p : allParagraphs(doc)) {
            replaced += replacePlaceholders(p, from, unknown);
        }
        if (!signOffPlaceholder && layout.metadata().date() == null) {
            signOff(doc, bodyModel, from);
        }
        DocxPrintLayout.apply(doc, body, layout, true);
        return new Result(filled, unplaced, empty, sections, replaced, unknown, conversionNotes,
                templatePlaces(layout));
    }

    /**
     * Adds the report's sign-off (unit, date) at the end, right-aligned in the body's look, when the template has
     * none of its own: what {@code convert} keeps, {@code fill} keeps too.
     */
    private static void signOff(XWPFDocument doc, XWPFParagraph bodyModel, Report from) {
        List<String> lines = new ArrayList<>();
        if (!from.metadata().organization().isEmpty()) {
            lines.add(from.metadata().organization());
        }
        if (from.metadata().date() != null) {
            var d = from.metadata().date();
            lines.add(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        }
        if (lines.isEmpty()) {
            return;
        }
        lines.add(0, "");
        // the last line of text goes with the sign-off: a page holding only the 落款 is not signed text
        List<XWPFParagraph> body = doc.getParagraphs();
        for (int i = body.size() - 1; i >= 0; i--) {
            DocxPrintLayout.keepWithNext(body.get(i).getCTP());
            if (!body.get(i).getText().isBlank()) {
                break;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            if (bodyModel != null && bodyModel.getCTP().getPPr() != null) {
                p.getCTP().setPPr((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr)
                        bodyModel.getCTP().getPPr().copy());
            }
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationFirstLine(0);
            XWPFRun r = p.createRun();
            if (bodyModel != null && !bodyModel.getRuns().isEmpty()
                    && bodyModel.getRuns().get(0).getCTR().getRPr() != null) {
                r.getCTR().setRPr((CTRPr) bodyModel.getRuns().get(0).getCTR().getRPr().copy());
            }
            r.setText(lines.get(i));
            if (i < lines.size() - 1) {
                DocxPrintLayout.keepWithNext(p.getCTP());
            }
        }
    }

    /**
     * Writes the report's title over the template's, broken into two lines (paragraphs) at a word boundary when it
     * does not fit one; returns the (last) title paragraph, or null when none was found.
     */
    private static XWPFParagraph fillTitle(XWPFDocument doc, DocxBody body, Report layout, Report from) {
        String title = from.metadata().title();
        String old = layout.metadata().title();
        if (old.isEmpty()) {
            return null;
        }
        // the title is among the first paragraphs; looking further could hit a body line that repeats it
        for (int n = 1; n <= 10; n++) {
            XWPFParagraph p = body.paragraph(n);
            if (p != null && p.getText().strip().equals(old.strip())) {
                if (title.isEmpty()) {
                    return p;
                }
                List<String> lines = DocxPrintLayout.titleLines(title, from.metadata().organization(),
                        DocxPrintLayout.textWidth(doc) / (fontHalfPoints(p) * 10.0));
                DocxCells.setText(p, lines.get(0));
                XWPFParagraph last = p;
                for (String line : lines.subList(1, lines.size())) {
                    DocxPrintLayout.keepWithNext(last.getCTP());
                    last = insertAfter(doc, last, p);
                    DocxCells.setText(last, line);
                }
                return last;
            }
        }
        return null;
    }

    /** The size a paragraph's text prints at, in half-points: its first run's, else its style's, else 10.5 pt. */
    private static int fontHalfPoints(XWPFParagraph p) {
        for (XWPFRun r : p.getRuns()) {
            Double size = r.getFontSizeAsDouble();
            if (size != null) {
                return (int) Math.round(size * 2);
            }
        }
        return 21;
    }

    /** The look of body text in this template: its first section body paragraph (null when it has none). */
    private static XWPFParagraph firstBodyParagraph(DocxBody body, Report layout) {
        for (Section s : layout.sections()) {
            List<XWPFParagraph> paragraphs = words(body, s.paragraphs());
            if (!paragraphs.isEmpty()) {
                return paragraphs.get(0);
            }
        }
        return null;
    }

    private static List<XWPFParagraph> words(DocxBody body, List<Paragraph> paragraphs) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            XWPFParagraph w = body.paragraph(p.location().paragraph());
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /** Replaces each template section's body with the report's matching section's paragraphs. */
    private static List<String> fillSections(XWPFDocument doc, DocxBody body, Report layout, Report from,
                                             XWPFParagraph bodyModel) {
        List<String> done = new ArrayList<>();
        for (Section slot : layout.sections()) {
            Optional<Section> source = matching(slot, layout.format(), from);
            XWPFParagraph heading = body.paragraph(slot.location().paragraph());
            if (source.isEmpty() || source.get().paragraphs().isEmpty() || heading == null) {
                continue;
            }
            replaceText(doc, words(body, slot.paragraphs()), heading, bodyModel, source.get().paragraphs());
            done.add(slot.printedHeading());
        }
        return done;
    }

    /**
     * Puts {@code texts} where the template had {@code old} (its placeholder text, possibly none) after
     * {@code anchor}: the first old paragraph is reused, further texts are new paragraphs looking like it (or like
     * {@code model} when the template had none there), remaining old paragraphs are removed.
     */
    private static void replaceText(XWPFDocument doc, List<XWPFParagraph> old, XWPFParagraph anchor,
                                    XWPFParagraph model, List<Paragraph> texts) {
        XWPFParagraph look = !old.isEmpty() ? old.get(0) : model != null ? model : anchor;
        XWPFParagraph previous = old.isEmpty() ? anchor : null;
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph target = i == 0 && !old.isEmpty() ? old.get(0) : insertAfter(doc, previous, look);
            DocxCells.setText(target, texts.get(i).text());
            previous = target;
        }
        for (int i = 1; i < old.size(); i++) {
            int pos = doc.getPosOfParagraph(old.get(i));
            if (pos >= 0) {
                doc.removeBodyElement(pos);
            }
        }
    }

    /** The report's section that a template section stands for: same number in a standard format, else same heading. */
    private static Optional<Section> matching(Section slot, ReportFormat templateFormat, Report from) {
        if (templateFormat != ReportFormat.LEGACY_2008 && from.format() != ReportFormat.LEGACY_2008
                && !slot.number().isEmpty()) {
            Optional<Section> byNumber = from.sections().stream()
                    .filter(s -> s.number().equals(slot.number())).findFirst();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        String key = Labels.key(slot.heading());
        return from.sections().stream().filter(s -> Labels.key(s.heading()).equals(key)).findFirst();
    }

    /** A new paragraph after {@code previous}, looking like {@code model}. */
    private static XWPFParagraph insertAfter(XWPFDocument doc, XWPFParagraph previous, XWPFParagraph model) {
        XWPFParagraph created;
        try (XmlCursor cursor = previous.getCTP().newCursor()) {
            if (cursor.toNextSibling()) {
                created = doc.insertNewParagraph(cursor);
            } else {
                created = doc.createParagraph();
            }
        }
        if (model.getCTP().getPPr() != null) {
            created.getCTP().setPPr((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr)
                    model.getCTP().getPPr().copy());
        }
        if (!model.getRuns().isEmpty() && model.getRuns().get(0).getCTR().getRPr() != null) {
            created.createRun().getCTR().setRPr((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr)
                    model.getRuns().get(0).getCTR().getRPr().copy());
        }
        return created;
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc.getBodyElements(), out);
        for (XWPFHeader h : doc.getHeaderList()) {
            collect(h.getBodyElements(), out);
        }
        for (XWPFFooter f : doc.getFooterList()) {
            collect(f.getBodyElements(), out);
        }
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    /** Replaces the placeholders of one paragraph; a placeholder may be split over runs, so the text is rebuilt. */
    private static int replacePlaceholders(XWPFParagraph p, Report from, List<String> unknown) {
        Placeholders.Replaced r = Placeholders.replace(p.getText(), from, unknown);
        if (r.replaced() > 0) {
            DocxCells.setText(p, r.text());
        }
        return r.replaced();
    }
}
