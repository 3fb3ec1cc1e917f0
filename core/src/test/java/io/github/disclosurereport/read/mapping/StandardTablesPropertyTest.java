package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.WordTables;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a 2021 report prints in its cells and in whatever order its tables come, each value lands under its id. */
class StandardTablesPropertyTest {

    private static final FormDefinition CURRENT = Forms.current2021();

    @Provide
    Arbitrary<List<String>> printedValues() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 99999).map(String::valueOf),
                Arbitraries.of("", "\u3000", "-", "—", "/", "无", "０", "1,234", "减4"));
        return value.list().ofSize(CURRENT.cells().size());
    }

    @Property(tries = 8)
    void everyPrintedValueLandsUnderItsId(@ForAll("printedValues") List<String> values,
                                         @ForAll("orders") List<String> order) throws Exception {
        Map<String, String> printed = new HashMap<>();
        List<CellDefinition> cells = CURRENT.cells();
        for (int i = 0; i < cells.size(); i++) {
            printed.put(cells.get(i).id(), values.get(i));
        }
        WordTables doc = new WordTables();
        for (String code : order) {
            FormTable t = CURRENT.table(code).orElseThrow();
            BiFunction<FormRow, FormColumn, String> value = (r, c) -> printed.get(code + ":" + r.code() + ":" + c.code());
            doc.table(switch (code) {
                case "T2" -> WordTables.t2(t, Function.identity(), value);
                case "T3" -> WordTables.t3(t, Function.identity(), value);
                default -> WordTables.t4(t, Function.identity(), value);
            });
        }
        SourceDocument source = doc.source();
        assertThat(FormatDetector.detect(source, null)).isEqualTo(ReportFormat.CURRENT_2021);
        TableContent content = StandardTablesMapper.map(source, CURRENT, Forms.trial2019());
        assertThat(content.cells().keySet()).containsExactlyElementsOf(cells.stream().map(CellDefinition::id).toList());
        for (CellDefinition def : cells) {
            Cell expected = CellValues.parse(def.id(), printed.get(def.id()), null);
            Cell got = content.cells().get(def.id());
            assertThat(got.state()).as(def.id()).isEqualTo(expected.state());
            assertThat(got.raw()).as(def.id()).isEqualTo(expected.raw());
            if (expected.value() != null) {
                assertThat(got.value()).as(def.id()).isEqualByComparingTo(expected.value());
            }
        }
        assertThat(content.notes()).isEmpty();
    }

    @Provide
    Arbitrary<List<String>> orders() {
        return Arbitraries.shuffle(new ArrayList<>(List.of("T2", "T3", "T4")));
    }
}
