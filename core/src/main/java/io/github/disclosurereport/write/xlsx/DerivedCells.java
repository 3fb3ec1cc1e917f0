package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.SumRelation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells of a form are sums of other cells, as the xlsx formulas need them: the form's
 * {@link FormDefinition#sumRelations()} keyed by total.
 */
public final class DerivedCells {

    private DerivedCells() {
    }

    /** Derived cell id → the ids it sums, in printed order. */
    public static Map<String, List<String>> of(FormDefinition form) {
        Map<String, List<String>> derived = new LinkedHashMap<>();
        // later relations win: a cell that is both a row and a column total (T3 （七）总计 × 总计) sums its row
        for (SumRelation r : form.sumRelations()) {
            derived.put(r.totalId(), r.partIds());
        }
        return Collections.unmodifiableMap(derived);
    }
}
