package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.exported.IdSheet.InfoKey;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back a workbook written by the exporter ({@code io.github.disclosurereport.XlsxExporter}, named, not linked:
 * read does not depend on the working objects above it), recognised by its hidden id sheet ({@link IdSheet}). Any
 * other workbook gives {@link Optional#empty()} and is left to the generic spreadsheet reader.
 *
 * <p>Each form cell is read from the place the id sheet names. A cell whose content is still what the exporter
 * wrote reads back as the report cell that was exported (raw text, state, and a total's printed value kept in the
 * id sheet); a cell someone changed reads as what it holds now: a number, blank, or text parsed like printed text.
 * Formulas are evaluated from the current inputs (the cached value when evaluation fails), so an edit that was
 * saved without recalculation still yields correct totals. Metadata comes from the 报告信息 sheet, the format from
 * the id sheet (it fixes the ids, so it is not editable).
 */
public final class ExportedWorkbookReader {

    private ExportedWorkbookReader() {
    }

    /**
     * The report, if {@code wb} is a workbook we exported; empty for any other workbook. The id sheet names the
     * form the workbook was laid out in; {@link FormSet#resolve} finds it, and a form the set cannot supply is
     * said in a note (the set's form of the format is used).
     */
    public static Optional<Report> readIfExported(Workbook wb, String fileName, FormSet forms) {
        Sheet ids = wb.getSheet(IdSheet.NAME);
        Optional<IdSheet.Head> head = IdSheet.head(ids);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        ReportFormat format = head.get().format();
        String formName = head.get().formName();
        Optional<FormDefinition> named = forms.resolve(format, formName);
        FormDefinition form = named.orElse(forms.form(format));
        List<ReadNote> notes = named.isPresent() ? List.of() : List.of(SavedForms.unknown(formName, form));
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Map<String, Cell> read = new HashMap<>();
        for (IdSheet.Line line : IdSheet.lines(ids)) {
            if (form.cell(line.id()).isPresent()) {
                readCell(wb, line, evaluator).ifPresent(c -> read.put(line.id(), c));
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (CellDefinition d : form.cells()) {
            Cell c = read.get(d.id());
            if (c != null) {
                cells.put(d.id(), c);
            }
        }
        Map<InfoKey, String> info = info(wb.getSheet(IdSheet.INFO_SHEET));
        Metadata metadata = new Metadata(info.get(InfoKey.TITLE), info.get(InfoKey.ORGANIZATION),
                info.get(InfoKey.ADDRESSEE), year(info.get(InfoKey.YEAR)), date(info.get(InfoKey.DATE)),
                info.get(InfoKey.DATE_TEXT));
        SignOff signOff = new SignOff(info.get(InfoKey.UNIT_NAME), info.get(InfoKey.UNIT_HEAD),
                info.get(InfoKey.REVIEWER), info.get(InfoKey.PREPARER), info.get(InfoKey.PHONE),
                info.get(InfoKey.FILL_DATE));
        return Optional.of(new Report(format, metadata, List.of(), List.of(), cells, List.of(), signOff, notes,
                new Report.SourceInfo(fileName, "xlsx", form)));
    }

    private static Optional<Cell> readCell(Workbook wb, IdSheet.Line line, FormulaEvaluator evaluator) {
        Sheet sheet = wb.getSheet(line.sheet());
        CellAddress address;
        try {
            address = new CellAddress(line.ref());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (sheet == null) {
            return Optional.empty();
        }
        SourceLocation location = SourceLocation.sheetCell(sheet.getSheetName(), address.getRow() + 1,
                address.getColumn() + 1);
        Row row = sheet.getRow(address.getRow());
        String now = currentContent(row == null ? null : row.getCell(address.getColumn()), evaluator);
        if (now.equals(line.written())) {
            if (line.absent()) {
                return Optional.empty();
            }
            Optional<Cell> exported = line.exported(location);
            if (exported.isPresent()) {
                return exported;
            }
        }
        return Optional.of(IdSheet.cellOf(line.id(), now, location));
    }

    /** The cell's content now; formulas evaluated from the current inputs. */
    private static String currentContent(org.apache.poi.ss.usermodel.Cell cell, FormulaEvaluator evaluator) {
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            return IdSheet.contentOf(cell);
        }
        try {
            return IdSheet.contentOf(evaluator.evaluate(cell));
        } catch (RuntimeException e) {
            return IdSheet.contentOf(cell); // a function POI cannot evaluate: trust the saved result
        }
    }

    private static Map<InfoKey, String> info(Sheet sheet) {
        Map<InfoKey, String> out = new EnumMap<>(InfoKey.class);
        if (sheet == null) {
            return out;
        }
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            org.apache.poi.ss.usermodel.Cell key = row.getCell(IdSheet.INFO_KEY_COLUMN);
            if (key != null && key.getCellType() == CellType.STRING) {
                org.apache.poi.ss.usermodel.Cell value = row.getCell(IdSheet.INFO_VALUE_COLUMN);
                InfoKey.of(key.getStringCellValue()).ifPresent(k -> out.put(k,
                        value == null ? "" : formatter.formatCellValue(value)));
            }
        }
        return out;
    }

    private static Integer year(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip().replaceAll("年$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
