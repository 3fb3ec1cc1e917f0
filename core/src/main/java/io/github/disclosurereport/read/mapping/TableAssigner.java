package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which printed table is which form table: the one whose labels it prints most, whatever its caption or place in
 * the document; or, for a table the labels do not decide, the rest of the table before it when a page break split
 * that one (same width, no text between, no header of its own).
 */
final class TableAssigner {

    /** A printed table needs this many distinct form labels before it counts as that form table. */
    static final int MIN_LABEL_HITS = 3;

    private final List<FormTablePair> tables;

    TableAssigner(List<FormTablePair> tables) {
        this.tables = tables;
    }

    /** The printed tables of each form table code, in document order; form tables printed nowhere are absent. */
    Map<String, List<SourceTable>> assign(SourceDocument source) {
        Map<String, List<SourceTable>> out = new LinkedHashMap<>();
        FormTablePair previousForm = null;
        SourceTable previous = null;
        for (SourceBlock b : source.blocks()) {
            if (b instanceof SourceParagraph p) {
                if (!Labels.clean(p.text()).isEmpty()) {
                    previous = null; // text between two tables: the second is no continuation
                }
                continue;
            }
            SourceTable t = (SourceTable) b;
            FormTablePair form = bestTable(t);
            if (form == null && previous != null && previous.columnCount() == t.columnCount()
                    && !(t.rowCount() > 0 && HeaderReader.isHeaderRow(t, 0, previousForm))) {
                form = previousForm; // the rest of a table split by a page break
            }
            if (form != null) {
                out.computeIfAbsent(form.code(), k -> new ArrayList<>()).add(t);
                previous = t;
                previousForm = form;
            } else {
                previous = null;
            }
        }
        return out;
    }

    /** The form table whose labels the printed table prints most, if enough and more than any other's. */
    private FormTablePair bestTable(SourceTable t) {
        FormTablePair best = null;
        int bestScore = 0;
        int second = 0;
        for (FormTablePair form : tables) {
            // distinct printed labels that are form labels (总计 names a row and a column: it counts once)
            Set<String> hits = new HashSet<>();
            for (GridCell c : t.cells()) {
                if (form.hasExactly(c.text())) {
                    hits.add(LabelMatcher.plainKey(c.text()));
                }
            }
            int score = hits.size();
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = form;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore >= MIN_LABEL_HITS && bestScore > second ? best : null;
    }
}
