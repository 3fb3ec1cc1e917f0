package io.github.disclosurereport.write;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports with random values and states in every cell of a form (some cells absent), for property tests. */
public final class GeneratedReports {

    private GeneratedReports() {
    }

    static Arbitrary<Report> reports(ReportFormat format) {
        List<Arbitrary<Optional<Cell>>> cells = new ArrayList<>();
        for (CellDefinition d : Forms.national(format).cells()) {
            cells.add(cell(d));
        }
        Arbitrary<Map<String, Cell>> cellMap = Combinators.combine(cells).as(list -> {
            Map<String, Cell> m = new LinkedHashMap<>();
            list.forEach(o -> o.ifPresent(c -> m.put(c.id(), c)));
            return m;
        });
        return Combinators.combine(cellMap, metadata(), signOff(format))
                .as((m, meta, s) -> new Report(format, meta, List.of(), List.of(), m, List.of(), s, List.of(),
                        Report.SourceInfo.NONE));
    }

    public static Arbitrary<Report> anyReport() {
        return Arbitraries.of(ReportFormat.values()).flatMap(GeneratedReports::reports);
    }

    private static Arbitrary<Optional<Cell>> cell(CellDefinition d) {
        String id = d.id();
        SourceLocation loc = SourceLocation.tableCell(1, 1, 1);
        Arbitrary<BigDecimal> number = switch (d.kind()) {
            case COUNT -> Arbitraries.integers().between(0, 2_000_000).map(BigDecimal::valueOf);
            case SIGNED -> Arbitraries.integers().between(-50_000, 50_000).map(BigDecimal::valueOf);
            case MONEY -> Combinators.combine(Arbitraries.longs().between(0, 99_999_999L),
                    Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf);
        };
        Arbitrary<Optional<Cell>> numbers = number.flatMap(v -> Arbitraries.of(v.toPlainString(), grouped(v),
                        v.toPlainString() + " ")
                .map(raw -> Optional.of(new Cell(id, v, raw, CellState.NUMBER, loc))));
        Arbitrary<Optional<Cell>> empty = Arbitraries.of("", " ", "\u3000")
                .map(raw -> Optional.of(new Cell(id, null, raw, CellState.EMPTY, loc)));
        Arbitrary<Optional<Cell>> na = Arbitraries.of("—", "-", "/", "无", "／", "")
                .map(raw -> Optional.of(new Cell(id, null, raw, CellState.NOT_APPLICABLE, loc)));
        Arbitrary<Optional<Cell>> text = Arbitraries.oneOf(Arbitraries.of("减4", "? 0", "251000元", "约10", "=1+1"),
                        Arbitraries.strings().withCharRange('一', '龥').withCharRange('0', '9').ofMinLength(1)
                                .ofMaxLength(8))
                .map(raw -> Optional.of(new Cell(id, null, raw, CellState.TEXT, loc)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<Cell>empty())),
                net.jqwik.api.Tuple.of(3, empty),
                net.jqwik.api.Tuple.of(8, numbers),
                net.jqwik.api.Tuple.of(1, na),
                net.jqwik.api.Tuple.of(1, text));
    }

    private static String grouped(BigDecimal v) {
        return new DecimalFormat("#,##0.##").format(v);
    }

    private static Arbitrary<Metadata> metadata() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(20);
        Arbitrary<Integer> year = Arbitraries.integers().between(2008, 2030).injectNull(0.2);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 8000)
                .map(d -> LocalDate.of(2008, 1, 1).plusDays(d)).injectNull(0.3);
        return Combinators.combine(words, words, words, year, date, words).as(Metadata::new);
    }

    private static Arbitrary<SignOff> signOff(ReportFormat format) {
        if (format != ReportFormat.LEGACY_2008) {
            return Arbitraries.just(SignOff.EMPTY);
        }
        Arbitrary<String> words = Arbitraries.strings().withCharRange('一', '龥').withCharRange('0', '9')
                .ofMaxLength(12);
        return Combinators.combine(words, words, words, words, words, words).as(SignOff::new);
    }
}
