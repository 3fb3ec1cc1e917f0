package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.Units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a printed statistics table's header and unit cells are, by the legacy forms' data: the headers each form
 * prints over its label, unit, single-value and row-code columns ({@link FormTable#headers()}), and the unit
 * words a unit column holds (units.tsv and the forms' own units). Read with one form, its words; a table no form
 * is known to describe is read with the words of all of them.
 */
final class PrintedHeaders {

    private final List<Pattern> label;
    private final List<Pattern> unit;
    private final List<Pattern> value;
    private final List<Pattern> rowCode;
    private final Set<String> formUnits = new HashSet<>();

    /** The words of these legacy tables together. */
    PrintedHeaders(List<FormTable> tables) {
        this.label = patterns(tables, "label");
        this.unit = patterns(tables, "unit");
        this.value = patterns(tables, "value");
        this.rowCode = patterns(tables, "code");
        for (FormTable t : tables) {
            t.rows().stream().map(FormRow::unit).filter(u -> !u.isEmpty()).map(Labels::key).forEach(formUnits::add);
        }
    }

    /** The header over the indicators' labels (统计指标, 指标名称): compared without numbering. */
    boolean isLabel(String printed) {
        return matches(label, Labels.keyWithoutNumbering(printed));
    }

    /** The header over the units (单位, 计量单位): compared without numbering. */
    boolean isUnit(String printed) {
        return matches(unit, Labels.keyWithoutNumbering(printed));
    }

    /** The header over the one value of a single-value form (统计数). */
    boolean isValue(String printed) {
        return matches(value, Labels.key(printed));
    }

    /** The header over a column of row codes, which holds no values (代码, 序号). */
    boolean isRowCode(String printed) {
        return matches(rowCode, Labels.key(printed));
    }

    /** A unit word as a unit column prints it (条, 万元): units.tsv's or one of the forms' own units. */
    boolean isUnitWord(String printed) {
        String key = Labels.key(printed);
        return Units.isPrinted(key) || formUnits.contains(key);
    }

    private static boolean matches(List<Pattern> words, String key) {
        return !key.isEmpty() && words.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** The header's printed label and its other words, each a pattern of its key; * in a word is any text. */
    private static List<Pattern> patterns(List<FormTable> tables, String part) {
        List<Pattern> out = new ArrayList<>();
        for (FormTable t : tables) {
            t.header(part).ifPresent(h -> words(h).forEach(w -> out.add(pattern(w))));
        }
        return List.copyOf(out);
    }

    private static List<String> words(FormColumn header) {
        List<String> all = new ArrayList<>(List.of(header.label()));
        all.addAll(header.also());
        return all;
    }

    private static Pattern pattern(String word) {
        Function<String, String> literal = piece -> Pattern.quote(Labels.key(piece));
        List<String> pieces = List.of(word.split("\\*", -1));
        return Pattern.compile(String.join(".*", pieces.stream().map(literal).toList()));
    }
}
