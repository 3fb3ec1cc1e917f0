package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.read.source.GridCell;

import java.util.List;

/**
 * A printed row's label path → the form row it is, of this form or the older one. The policy:
 * <ol>
 * <li>The deepest label names the row, tried in {@link MatchStep} order among the rows of the header's block:
 * exact in this form, exact in the older form (a label that is a printed group of this form but a row of the older
 * one: the trial （六）其他处理), then loose in this form and loose in the older one. Before the loose steps, a label
 * that is exactly one of this form's group labels stops the search: a group is no row, however loosely it reads
 * like one.</li>
 * <li>Several rows at one step (the same label under two groups): the one whose group labels the path prints most
 * often; still tied, none.</li>
 * <li>A table that prints its rows in the header (T4) names the row of each data column there: the header cells
 * above the column, deepest first, skipping column labels (T3's 总计 column is not the row （七）总计); the first
 * cell naming exactly one row of this form (exactly, else loosely) gives it, and failing that one of the older
 * form.</li>
 * </ol>
 */
final class RowMatcher {

    /** A form row and whether it is the older form's. */
    record RowMatch(FormRow row, boolean older) {
    }

    private RowMatcher() {
    }

    /** The row a label path names, or null when it names none or several. */
    static RowMatch rowOf(List<GridCell> labels, Header h, FormTablePair tables) {
        String deepest = labels.get(labels.size() - 1).text();
        List<FormRow> own = tables.rows(h.blockCode(), false);
        List<FormRow> older = tables.rows(h.blockCode(), true);
        for (MatchStep step : MatchStep.values()) {
            if (step == MatchStep.LOOSE && isGroupLabel(deepest, tables.own())) {
                return null;
            }
            FormRow m = pick(step.matches(deepest, own, older, FormRow::label), labels, tables.table(step.older()));
            if (m != null) {
                return new RowMatch(m, step.older());
            }
        }
        return null;
    }

    /** One candidate, or the one whose group labels the label path prints most; null when still ambiguous. */
    private static FormRow pick(List<FormRow> candidates, List<GridCell> labels, FormTable ft) {
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        FormRow best = null;
        int bestScore = -1;
        boolean tie = false;
        for (FormRow row : candidates) {
            int score = 0;
            for (FormGroup ancestor : ft.ancestors(row)) {
                for (int i = 0; i < labels.size() - 1; i++) {
                    if (LabelMatcher.exact(labels.get(i).text(), ancestor.label())) {
                        score++;
                    }
                }
            }
            if (score > bestScore) {
                best = row;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** For tables whose rows are printed as header groups (T4): the row named above a data column. */
    static RowMatch rowInHeader(Header h, GridCell headerCell, FormTablePair tables) {
        List<GridCell> path = h.path(headerCell.column());
        for (int i = path.size() - 1; i >= 0; i--) {
            String text = path.get(i).text();
            if (namesColumn(text, tables.own())) {
                continue;
            }
            List<FormRow> m = LabelMatcher.exactElseLoose(text, tables.own().rows(), FormRow::label);
            if (m.size() == 1) {
                return new RowMatch(m.get(0), false);
            }
            if (tables.older() != null) {
                m = LabelMatcher.exactElseLoose(text, tables.older().rows(), FormRow::label);
                if (m.size() == 1) {
                    return new RowMatch(m.get(0), true);
                }
            }
        }
        return null;
    }

    /** Whether header cells name rows of the form (T4), other than by a column label. */
    static boolean namesRows(List<List<GridCell>> headerPaths, FormTable ft) {
        for (List<GridCell> path : headerPaths) {
            for (GridCell c : path) {
                if (!namesColumn(c.text(), ft)
                        && !LabelMatcher.exactElseLoose(c.text(), ft.rows(), FormRow::label).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a printed label is exactly one of the table's group labels (a group printed where a row could be). */
    static boolean isGroupLabel(String text, FormTable ft) {
        return ft.groups().stream().anyMatch(g -> LabelMatcher.exact(text, g.label()));
    }

    /** Whether a header text is one of the table's column labels (then it names a column, not a row). */
    private static boolean namesColumn(String text, FormTable ft) {
        return !LabelMatcher.exactMatches(text, ft.columns(), FormColumn::label).isEmpty();
    }
}
