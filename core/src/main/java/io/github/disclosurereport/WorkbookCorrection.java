package io.github.disclosurereport;

import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.write.workbook.SheetEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the corrector's certain corrections into a workbook (.xlsx or .xls) in the cells they concern, as numbers;
 * the decisions are {@link ReportCorrector#corrections}'s, shared with Word. What differs in a workbook: a number
 * typed as text is a number Excel does not count (its totals skip it), so it is corrected too; a number already
 * stored as that number needs nothing, however its format prints it; and a total that is a formula is the
 * workbook's own, kept — its cached result is refreshed with every other formula's.
 */
final class WorkbookCorrection {

    static final String NUMBER_AS_TEXT = "数字以文本形式存储，改为数值（Excel 合计不计文本）";

    private WorkbookCorrection() {
    }

    /** Applies the decided corrections (and turns numbers stored as text into numbers); returns those made. */
    static List<Correction> apply(Workbook wb, Report report, List<Correction> decided) {
        Map<String, Correction> byCell = new HashMap<>();
        decided.forEach(c -> byCell.put(c.cellId(), c));
        List<Correction> made = new ArrayList<>();
        for (io.github.disclosurereport.model.Cell c : report.cells().values()) {
            Optional<Cell> place = SheetEdits.cellAt(wb, c.location());
            if (place.isEmpty() || SheetEdits.isFormula(place.get())) {
                continue;
            }
            Cell cell = place.get();
            Correction correction = byCell.get(c.id());
            if (correction == null && c.state() == CellState.NUMBER && SheetEdits.isText(cell)) {
                correction = new Correction(c.id(), c.location(), c.raw(), c.value().toPlainString(),
                        NUMBER_AS_TEXT);
            }
            if (correction == null) {
                continue;
            }
            BigDecimal after = new BigDecimal(correction.after());
            if (SheetEdits.number(cell).filter(v -> v.compareTo(after) == 0).isPresent()) {
                continue; // already that number; only its number format prints it otherwise
            }
            SheetEdits.putNumber(cell, after);
            made.add(correction);
        }
        if (!made.isEmpty()) {
            SheetEdits.recalculate(wb); // totals over a corrected cell now count it
        }
        return List.copyOf(made);
    }
}
