package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.mapping.CellValues;
import io.github.disclosurereport.read.source.PoiFailures;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back a workbook written by {@code XlsxExporter}, recognised by its hidden id sheet. Any other workbook
 * gives {@link Optional#empty()} and is left to the generic spreadsheet reader.
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
        Sheet ids = wb.getSheet(ExportedWorkbook.ID_SHEET);
        if (ids == null || !ExportedWorkbook.MARKER.equals(text(ids, 0, 0))) {
            return Optional.empty();
        }
        ReportFormat format;
        try {
            format = ReportFormat.valueOf(text(ids, 0, 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String formName = text(ids, 0, ExportedWorkbook.COL_FORM_NAME);
        Optional<FormDefinition> named = forms.resolve(format, formName);
        FormDefinition form = named.orElse(forms.form(format));
        List<ReadNote> notes = named.isPresent() ? List.of() : List.of(SavedForms.unknown(formName, form));
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Map<String, Cell> read = new HashMap<>();
        for (int r = ExportedWorkbook.FIRST_CELL_ROW; r <= ids.getLastRowNum(); r++) {
            String id = text(ids, r, ExportedWorkbook.COL_ID);
            if (id.isEmpty() || form.cell(id).isEmpty()) {
                continue;
            }
            readCell(wb, ids, r, id, evaluator).ifPresent(c -> read.put(id, c));
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (CellDefinition d : form.cells()) {
            Cell c = read.get(d.id());
            if (c != null) {
                cells.put(d.id(), c);
            }
        }
        Map<String, String> info = info(wb.getSheet(ExportedWorkbook.INFO_SHEET));
        Metadata metadata = new Metadata(info.get(ExportedWorkbook.KEY_TITLE),
                info.get(ExportedWorkbook.KEY_ORGANIZATION), info.get(ExportedWorkbook.KEY_ADDRESSEE),
                year(info.get(ExportedWorkbook.KEY_YEAR)), date(info.get(ExportedWorkbook.KEY_DATE)),
                info.get(ExportedWorkbook.KEY_DATE_TEXT));
        SignOff signOff = new SignOff(info.get(ExportedWorkbook.KEY_UNIT_NAME),
                info.get(ExportedWorkbook.KEY_UNIT_HEAD), info.get(ExportedWorkbook.KEY_REVIEWER),
                info.get(ExportedWorkbook.KEY_PREPARER), info.get(ExportedWorkbook.KEY_PHONE),
                info.get(ExportedWorkbook.KEY_FILL_DATE));
        return Optional.of(new Report(format, metadata, List.of(), List.of(), cells, List.of(), signOff, notes,
                new Report.SourceInfo(fileName, "xlsx", form)));
    }

    private static Optional<Cell> readCell(Workbook wb, Sheet ids, int r, String id, FormulaEvaluator evaluator) {
        Sheet sheet = wb.getSheet(text(ids, r, ExportedWorkbook.COL_SHEET));
        CellAddress address;
        try {
            address = new CellAddress(text(ids, r, ExportedWorkbook.COL_REF));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (sheet == null) {
            return Optional.empty();
        }
        SourceLocation location = SourceLocation.sheetCell(sheet.getSheetName(), address.getRow() + 1,
                address.getColumn() + 1);
        Row row = sheet.getRow(address.getRow());
        org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(address.getColumn());
        String now = currentContent(cell, evaluator);
        String state = text(ids, r, ExportedWorkbook.COL_STATE);
        if (now.equals(text(ids, r, ExportedWorkbook.COL_WRITTEN))) {
            if (state.equals(ExportedWorkbook.ABSENT)) {
                return Optional.empty();
            }
            if (ExportedWorkbook.isState(state)) {
                String value = text(ids, r, ExportedWorkbook.COL_VALUE);
                CellState st = CellState.valueOf(state);
                BigDecimal v = value.isEmpty() ? null : new BigDecimal(value);
                if (st != CellState.NUMBER || v != null) {
                    return Optional.of(new Cell(id, v, text(ids, r, ExportedWorkbook.COL_RAW), st, location));
                }
            }
        }
        return Optional.of(fromContent(id, now, location));
    }

    private static Cell fromContent(String id, String content, SourceLocation location) {
        if (content.startsWith("n:")) {
            BigDecimal v = new BigDecimal(content.substring(2));
            v = v.scale() < 0 ? v.setScale(0) : v;
            return new Cell(id, v, v.toPlainString(), CellState.NUMBER, location);
        }
        if (content.startsWith("s:")) {
            return CellValues.parse(id, content.substring(2), location);
        }
        return new Cell(id, null, "", CellState.EMPTY, location);
    }

    /** The cell's content now; formulas evaluated from the current inputs. */
    private static String currentContent(org.apache.poi.ss.usermodel.Cell cell, FormulaEvaluator evaluator) {
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            return cachedContent(cell);
        }
        try {
            CellValue v = evaluator.evaluate(cell);
            if (v == null) {
                return ExportedWorkbook.BLANK;
            }
            return switch (v.getCellType()) {
                case NUMERIC -> ExportedWorkbook.numberContent(v.getNumberValue());
                case STRING -> ExportedWorkbook.textContent(v.getStringValue());
                case BOOLEAN -> "s:" + v.getBooleanValue();
                case ERROR -> "s:#ERROR";
                default -> ExportedWorkbook.BLANK;
            };
        } catch (RuntimeException e) {
            return cachedContent(cell); // a function POI cannot evaluate: trust the saved result
        }
    }

    /** The cell's content as saved (formulas: their cached result). */
    public static String cachedContent(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return ExportedWorkbook.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> ExportedWorkbook.numberContent(cell.getNumericCellValue());
            case STRING -> ExportedWorkbook.textContent(cell.getRichStringCellValue().getString());
            case BOOLEAN -> "s:" + cell.getBooleanCellValue();
            case ERROR -> "s:#ERROR";
            default -> ExportedWorkbook.BLANK;
        };
    }

    private static Map<String, String> info(Sheet sheet) {
        Map<String, String> out = new HashMap<>();
        if (sheet == null) {
            return out;
        }
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            org.apache.poi.ss.usermodel.Cell key = row.getCell(2);
            if (key != null && key.getCellType() == CellType.STRING) {
                org.apache.poi.ss.usermodel.Cell value = row.getCell(1);
                out.put(key.getStringCellValue(), value == null ? "" : formatter.formatCellValue(value));
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

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : new DataFormatter().formatCellValue(cell);
    }
}
