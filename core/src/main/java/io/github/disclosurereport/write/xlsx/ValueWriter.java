package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the placed value cells: the report's values into input cells with data validation by value kind, and a
 * live SUM formula with its cached value into each derived cell (a total, see {@link DerivedCells}).
 *
 * <p>An input cell holds the report's number, or its printed text for NOT_APPLICABLE/TEXT cells (so "—" stays
 * visible as printed; data validation only judges what a user types, so the text does not block the file, and a
 * user who replaces it must type a number). Blank stays blank. A total stays blank while all its parts are blank.
 */
final class ValueWriter {

    private final Report report;
    private final Map<String, List<String>> derived;
    private final Map<String, Placed> placed;
    private final WorkbookStyles styles;

    ValueWriter(Report report, Map<String, List<String>> derived, Map<String, Placed> placed, WorkbookStyles styles) {
        this.report = report;
        this.derived = derived;
        this.placed = placed;
        this.styles = styles;
    }

    /**
     * Writes values and formulas.
     *
     * @return the totals kept as printed although their parts sum otherwise: id → the formula's result then
     *         (as {@link IdSheet#contentOf} encodes it) and the formula, for the note that says so
     */
    Map<String, Disagreement> write(XSSFWorkbook wb) {
        Map<XSSFSheet, Map<ValueKind, CellRangeAddressList>> inputs = new LinkedHashMap<>();
        for (Placed p : placed.values()) {
            XSSFCell cell = p.cell();
            List<String> parts = derived.get(p.id());
            if (parts != null) {
                cell.setCellFormula(sumFormula(p, parts));
                cell.setCellStyle(styles.formula);
                continue;
            }
            cell.setCellStyle(p.definition().kind() == ValueKind.MONEY ? styles.money : styles.input);
            inputs.computeIfAbsent(p.sheet(), k -> new EnumMap<>(ValueKind.class))
                    .computeIfAbsent(p.definition().kind(), k -> new CellRangeAddressList())
                    .addCellRangeAddress(p.address().getRow(), p.address().getColumn(), p.address().getRow(),
                            p.address().getColumn());
            Cell c = report.cells().get(p.id());
            if (c == null) {
                continue;
            }
            switch (c.state()) {
                case NUMBER -> cell.setCellValue(c.value().doubleValue());
                case NOT_APPLICABLE, TEXT -> cell.setCellValue(shownText(c));
                case EMPTY -> cell.setBlank();
            }
        }
        inputs.forEach((sheet, byKind) -> byKind.forEach((kind, ranges) -> validate(sheet, kind, ranges)));
        // Cached values for every formula, so any program shows the right totals without recalculating.
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        Map<String, Disagreement> kept = keepPrintedTotals();
        if (!kept.isEmpty()) {
            // totals over a kept total follow what it now holds
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        }
        return kept;
    }

    /** A total printed as one figure whose parts sum to another. */
    record Disagreement(String sum, String formula) {
    }

    /**
     * A figure the report printed stays visible: a total whose printed number differs from the sum of its parts
     * keeps that number (marked, open to correction) instead of the formula, which the note on it gives.
     */
    private Map<String, Disagreement> keepPrintedTotals() {
        Map<String, Disagreement> kept = new LinkedHashMap<>();
        for (Placed p : placed.values()) {
            Cell printed = report.cells().get(p.id());
            if (!derived.containsKey(p.id()) || printed == null || printed.state() != CellState.NUMBER) {
                continue;
            }
            XSSFCell cell = p.cell();
            String sum = IdSheet.contentOf(cell);
            if (sum.equals(IdSheet.numberContent(printed.value().doubleValue()))) {
                continue;
            }
            kept.put(p.id(), new Disagreement(sum, cell.getCellFormula()));
            cell.removeFormula();
            cell.setCellValue(printed.value().doubleValue());
            cell.setCellStyle(styles.disagreeing);
        }
        return kept;
    }

    /** Printed text of a NOT_APPLICABLE/TEXT cell; a program-built one without text shows a dash. */
    private static String shownText(Cell c) {
        if (!c.raw().isBlank()) {
            return c.raw();
        }
        return c.state() == CellState.NOT_APPLICABLE ? "—" : "";
    }

    /** Blank while all parts are blank (blank and zero stay distinct), else the sum. */
    private String sumFormula(Placed target, List<String> parts) {
        List<CellAddress> addresses = new ArrayList<>();
        for (String id : parts) {
            Placed p = placed.get(id);
            if (p != null && p.sheet() == target.sheet()) {
                addresses.add(p.address());
            }
        }
        String list = String.join(",", ranges(addresses));
        return "IF(COUNT(" + list + ")=0,\"\",SUM(" + list + "))";
    }

    /** Runs of neighbouring cells in one column or one row become A1:A9 ranges. */
    private static List<String> ranges(List<CellAddress> addresses) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < addresses.size()) {
            CellAddress start = addresses.get(i);
            int j = i;
            while (j + 1 < addresses.size()) {
                CellAddress a = addresses.get(j);
                CellAddress b = addresses.get(j + 1);
                boolean down = a.getColumn() == b.getColumn() && b.getRow() == a.getRow() + 1
                        && start.getColumn() == a.getColumn();
                boolean across = a.getRow() == b.getRow() && b.getColumn() == a.getColumn() + 1
                        && start.getRow() == a.getRow();
                if (!down && !across) {
                    break;
                }
                j++;
            }
            CellAddress end = addresses.get(j);
            out.add(i == j ? start.formatAsString() : start.formatAsString() + ":" + end.formatAsString());
            i = j + 1;
        }
        return out;
    }

    private static void validate(XSSFSheet sheet, ValueKind kind, CellRangeAddressList ranges) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String prompt;
        switch (kind) {
            case MONEY -> {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        "0", null);
                prompt = "请填写不小于0的数（可带小数）；不适用可留空。";
            }
            case SIGNED -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999", "999999999");
                prompt = "请填写整数，减少填负数（如 -4）；不适用可留空。";
            }
            default -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        "0", null);
                prompt = "请填写不小于0的整数；不适用可留空。";
            }
        }
        DataValidation v = helper.createValidation(constraint, ranges);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("数值不符合要求", prompt);
        sheet.addValidationData(v);
    }
}
