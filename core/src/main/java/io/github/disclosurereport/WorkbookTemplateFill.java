package io.github.disclosurereport;

import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.write.Placeholders;
import io.github.disclosurereport.write.workbook.SheetEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a workbook template (.xlsx or .xls) in place: the template's cells were found by reading it like any
 * report, so each form cell's location is the sheet cell to write; numbers go in as numbers, blank stays blank,
 * "—" stays "—"; {@code {{…}}} placeholders are replaced in any cell; the template's own formulas are kept and their
 * cached results refreshed. The workbook counterpart of the Word path of {@link TemplateFiller}.
 */
final class WorkbookTemplateFill {

    private WorkbookTemplateFill() {
    }

    /** A template cell whose place holds a formula: kept, and compared with the report once recalculated. */
    private record FormulaSlot(Cell cell, SourceLocation at, io.github.disclosurereport.model.Cell value) {
    }

    static TemplateFiller.Result fill(Workbook wb, Report layout, Report from, List<Finding> conversionNotes) {
        List<String> filled = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        Map<String, FormulaSlot> formulas = new LinkedHashMap<>();
        for (io.github.disclosurereport.model.Cell slot : layout.cells().values()) {
            Optional<Cell> place = SheetEdits.cellAt(wb, slot.location());
            if (place.isEmpty()) {
                continue;
            }
            Cell cell = place.get();
            if (SheetEdits.text(cell).filter(Placeholders::mayHold).isPresent()) {
                continue; // the template says what goes here itself: its placeholder is replaced below
            }
            io.github.disclosurereport.model.Cell value = from.cells().get(slot.id());
            if (value == null || value.state() == CellState.EMPTY) {
                empty.add(slot.id());
            } else if (SheetEdits.isFormula(cell)) {
                formulas.put(slot.id(), new FormulaSlot(cell, slot.location(), value));
            } else {
                SheetEdits.put(cell, value);
                filled.add(slot.id());
            }
        }
        List<String> unplaced = from.cells().values().stream()
                .filter(c -> c.state() != CellState.EMPTY && !layout.cells().containsKey(c.id()))
                .map(io.github.disclosurereport.model.Cell::id).toList();
        List<String> unknown = new ArrayList<>();
        int replaced = replacePlaceholders(wb, from, unknown);
        SheetEdits.recalculate(wb);
        for (Map.Entry<String, FormulaSlot> e : formulas.entrySet()) {
            Cell cell = e.getValue().cell();
            io.github.disclosurereport.model.Cell value = e.getValue().value();
            Optional<BigDecimal> computed = SheetEdits.number(cell);
            if (value.state() == CellState.NUMBER && computed.isPresent()
                    && computed.get().compareTo(value.value()) == 0) {
                filled.add(e.getKey()); // the template's formula gives the report's value
            } else {
                unfilled.add(e.getValue().at().describe() + "（" + e.getKey() + "）：模板公式 =" + cell.getCellFormula()
                        + " 的结果（" + computed.map(BigDecimal::toPlainString).orElse("非数字") + "）与报告的“"
                        + value.raw().strip() + "”不同，保留了模板公式");
            }
        }
        unfilled.addAll(TemplateFiller.templatePlaces(layout));
        return new TemplateFiller.Result(filled, unplaced, empty, List.of(), replaced, unknown, conversionNotes,
                unfilled);
    }

    /** Replaces the placeholders of every text cell; a cell that is one {@code {{cell:ID}}} takes its number as a number. */
    private static int replacePlaceholders(Workbook wb, Report from, List<String> unknown) {
        int count = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (SheetEdits.isFormula(cell)) {
                        continue;
                    }
                    Optional<String> text = SheetEdits.text(cell).filter(Placeholders::mayHold);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Optional<io.github.disclosurereport.model.Cell> whole = Placeholders.wholeCell(text.get(), from);
                    if (whole.isPresent()) {
                        SheetEdits.put(cell, whole.get());
                        count++;
                        continue;
                    }
                    Placeholders.Replaced r = Placeholders.replace(text.get(), from, unknown);
                    if (r.replaced() > 0) {
                        cell.setCellValue(r.text());
                        count += r.replaced();
                    }
                }
            }
        }
        return count;
    }
}
