package io.github.disclosurereport.write.workbook;

import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads and writes the sheet cells that report cells are located at, keeping everything else of the workbook:
 * a written cell keeps its style, a merge is written at its top-left cell, formulas keep their text.
 */
public final class SheetEdits {

    private SheetEdits() {
    }

    /**
     * The cell a location names (the top-left cell of a merge it falls in), created when the sheet row has none;
     * empty when the location is not a cell of a sheet of this workbook.
     */
    public static Optional<Cell> cellAt(Workbook wb, SourceLocation at) {
        if (at.kind() != SourceLocation.Kind.SHEET_CELL || at.row() < 1 || at.column() < 1) {
            return Optional.empty();
        }
        Sheet sheet = wb.getSheet(at.sheet());
        if (sheet == null) {
            return Optional.empty();
        }
        int r = at.row() - 1;
        int c = at.column() - 1;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                r = m.getFirstRow();
                c = m.getFirstColumn();
                break;
            }
        }
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        if (cell == null) {
            cell = row.createCell(c);
            CellStyle column = sheet.getColumnStyle(c);
            if (column != null) {
                cell.setCellStyle(column); // a new cell looks like its column, as in Excel
            }
        }
        return Optional.of(cell);
    }

    /**
     * Writes a report cell's value: a number as a number, "—" and other text as text, blank as blank. The cell's
     * style (borders, font, number format, protection) stays.
     */
    public static void put(Cell cell, io.github.disclosurereport.model.Cell value) {
        if (value.state() == CellState.NUMBER) {
            putNumber(cell, value.value());
        } else if (value.state() == CellState.EMPTY) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.raw().strip());
        }
    }

    /** Writes a number as a number (a spreadsheet keeps it as a double). */
    public static void putNumber(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
    }

    /** Whether the cell holds a formula (a template's own total, kept rather than overwritten). */
    public static boolean isFormula(Cell cell) {
        return cell.getCellType() == CellType.FORMULA;
    }

    /** Whether the cell holds text (a number typed as text is one). */
    public static boolean isText(Cell cell) {
        return cell.getCellType() == CellType.STRING;
    }

    /** The number a cell holds as a number (a formula: its cached numeric result), plainly; empty for anything else. */
    public static Optional<BigDecimal> number(Cell cell) {
        CellType type = isFormula(cell) ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return Optional.empty();
        }
        BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v); // 3, not 3.0 or 3E+1
    }

    /** The text a cell holds as text (a formula: its cached text result); empty for anything else. */
    public static Optional<String> text(Cell cell) {
        CellType type = isFormula(cell) ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? Optional.of(cell.getRichStringCellValue().getString()) : Optional.empty();
    }

    /**
     * Evaluates every formula of the workbook and stores the results as their cached values, so a viewer that
     * does not recalculate (a preview, a phone, POI) shows the totals of the values now in the cells. A formula
     * POI cannot evaluate (an unknown function, a link to another file) keeps its old cached value, and the
     * workbook is then marked for recalculation when it is opened.
     *
     * @return how many formulas could not be evaluated
     */
    public static int recalculate(Workbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int failed = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (isFormula(cell)) {
                        try {
                            evaluator.evaluateFormulaCell(cell);
                        } catch (RuntimeException e) {
                            failed++;
                        }
                    }
                }
            }
        }
        if (failed > 0) {
            wb.setForceFormulaRecalculation(true);
        }
        return failed;
    }
}
