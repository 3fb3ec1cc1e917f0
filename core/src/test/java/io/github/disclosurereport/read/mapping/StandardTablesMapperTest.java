package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.WordTables;
import io.github.disclosurereport.testutil.Sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import static io.github.disclosurereport.read.source.WordTables.c;
import static org.assertj.core.api.Assertions.assertThat;

class StandardTablesMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormDefinition CURRENT = Forms.current2021();
    private static final FormDefinition TRIAL = Forms.trial2019();

    record Read(ReportFormat format, TableContent content) {
        List<ReadNote> notes(ReadNote.Code code) {
            return content.notes().stream().filter(n -> n.code() == code).toList();
        }
    }

    static Read read(SourceDocument doc) {
        ReportFormat format = FormatDetector.detect(doc, null);
        return new Read(format, StandardTablesMapper.map(doc, Forms.national(format), Forms.trial2019()));
    }

    static FormTable table(FormDefinition f, String code) {
        return f.table(code).orElseThrow();
    }

    /** A distinct value per cell: its position in the form, so a cell under the wrong id shows. */
    static BiFunction<FormRow, FormColumn, String> positional(FormDefinition f, String table) {
        List<CellDefinition> cells = table(f, table).cells();
        return (r, col) -> {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).row().equals(r) && cells.get(i).column().equals(col)) {
                    return String.valueOf(1000 * (table.charAt(1) - '0') + i);
                }
            }
            throw new AssertionError(r + " " + col);
        };
    }

    static void assertPositional(Map<String, Cell> cells, FormDefinition f, String table) {
        List<CellDefinition> defs = table(f, table).cells();
        for (int i = 0; i < defs.size(); i++) {
            Cell cell = cells.get(defs.get(i).id());
            assertThat(cell).as(defs.get(i).id()).isNotNull();
            assertThat(cell.value()).as(defs.get(i).id())
                    .isEqualByComparingTo(BigDecimal.valueOf(1000L * (table.charAt(1) - '0') + i));
        }
    }

    static WordTables standardDocument(FormDefinition f, Function<String, String> label) {
        return new WordTables()
                .paragraph("二、主动公开政府信息情况")
                .table(WordTables.t2(table(f, "T2"), label, positional(f, "T2")))
                .paragraph("三、收到和处理政府信息公开申请情况")
                .table(WordTables.t3(table(f, "T3"), label, positional(f, "T3")))
                .paragraph("四、政府信息公开行政复议、行政诉讼情况")
                .table(WordTables.t4(table(f, "T4"), label, positional(f, "T4")));
    }

    // ---- real documents ----

    @Test
    void jinhu2023GivesExactlyItsExpectedCells() throws Exception {
        assertMatchesExpected("jinhu2023");
    }

    @Test
    void wuhan2020GivesItsTrialT2AndNotesTheTablesPrintedAsImages() throws Exception {
        Read r = assertMatchesExpected("wuhan-eeb2020");
        Cell coercion = r.content().cells().get("T2:coercion:decisions");
        assertThat(coercion.state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(coercion.value()).isNull();
        assertThat(coercion.raw()).isEqualTo("-");
        assertThat(r.notes(ReadNote.Code.TABLE_MISSING)).hasSize(2);
        assertThat(r.notes(ReadNote.Code.TABLE_MISSING).get(0).message()).contains("第三部分");
        assertThat(r.notes(ReadNote.Code.TABLE_MISSING).get(0).cells()).contains("T3:R1:total");
        assertThat(r.notes(ReadNote.Code.TABLE_MISSING).get(1).message()).contains("第四部分");
        // the Hubei row 其他主动公开文件 is kept, but not as a form cell
        assertThat(r.notes(ReadNote.Code.EXTRA_ROW)).hasSize(1);
        assertThat(r.notes(ReadNote.Code.EXTRA_ROW).get(0).message()).contains("其他主动公开文件");
        assertThat(r.content().genericTables()).hasSize(1);
        var extra = r.content().genericTables().get(0).rows().get(0);
        assertThat(extra.label()).isEqualTo("其他主动公开文件");
        assertThat(extra.values()).extracting(Cell::value).extracting(BigDecimal::intValue)
                .containsExactly(186, 86, 255);
    }

    private Read assertMatchesExpected(String name) throws Exception {
        Path dir = Path.of("src/test/resources/corpus");
        JsonNode expected = JSON.readTree(Files.readString(dir.resolve(name + ".expected.json")));
        Read r = read(Sources.read(dir.resolve(name + ".docx")));
        assertThat(r.format().name()).isEqualTo(expected.get("format").asText());
        List<String> ids = new ArrayList<>();
        expected.get("cells").fieldNames().forEachRemaining(ids::add);
        assertThat(r.content().cells().keySet()).containsExactlyElementsOf(ids);
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Cell cell = r.content().cells().get(e.getKey());
            if (e.getValue().isNull()) {
                assertThat(cell.value()).as(e.getKey()).isNull();
            } else {
                assertThat(cell.value()).as(e.getKey()).isEqualByComparingTo(e.getValue().decimalValue());
            }
        }
        return r;
    }

    @Test
    void theBlankWpsTemplateReadsAsTwoHundredEmptyCells() throws Exception {
        Read r = read(Sources.read(Path.of("src/test/resources/realdocs/政务公开年报模版.docx")));
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(r.content().cells().keySet())
                .containsExactlyElementsOf(CURRENT.cells().stream().map(CellDefinition::id).toList());
        assertThat(r.content().cells()).hasSize(200);
        assertThat(r.content().cells().values()).allSatisfy(c -> {
            assertThat(c.state()).as(c.id()).isEqualTo(CellState.EMPTY);
            assertThat(c.location().table()).as(c.id()).isPositive();
        });
        assertThat(r.content().notes()).isEmpty();
    }

    // ---- synthetic documents ----

    @Test
    void aGenerated2021DocumentMapsEveryCellToItsId() throws Exception {
        Read r = read(standardDocument(CURRENT, Function.identity()).source());
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(r.content().cells().keySet())
                .containsExactlyElementsOf(CURRENT.cells().stream().map(CellDefinition::id).toList());
        for (String t : List.of("T2", "T3", "T4")) {
            assertPositional(r.content().cells(), CURRENT, t);
        }
        assertThat(r.content().notes()).isEmpty();
    }

    @Test
    void aGeneratedTrialDocumentMapsEveryTrialCell() throws Exception {
        Read r = read(standardDocument(TRIAL, Function.identity()).source());
        assertThat(r.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(r.content().cells().keySet())
                .containsExactlyElementsOf(TRIAL.cells().stream().map(CellDefinition::id).toList());
        for (String t : List.of("T2", "T3", "T4")) {
            assertPositional(r.content().cells(), TRIAL, t);
        }
    }

    @Test
    void tablesAreRecognisedByLabelsWhateverTheirOrderAndCaptions() throws Exception {
        SourceDocument doc = new WordTables()
                .paragraph("表三")
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .paragraph("表一")
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .paragraph("表二")
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        assertPositional(r.content().cells(), CURRENT, "T4");
        assertPositional(r.content().cells(), CURRENT, "T3");
        assertThat(r.content().cells().keySet().iterator().next()).isEqualTo("T2:rules:issued");
    }

    @Test
    void labelVariantsStillMatch() throws Exception {
        String inForce = table(CURRENT, "T2").columns().stream().filter(c -> c.code().equals("in_force"))
                .findFirst().orElseThrow().label();
        Function<String, String> variant = l -> {
            if (l.equals(inForce)) {
                return l.substring(0, l.length() - 1); // truncated: 现行有效件
            }
            String s = l.replace('（', '(').replace('）', ')'); // half-width brackets
            return s.length() >= 4 && !s.startsWith("(本列") ? s.substring(0, 2) + "\n" + s.substring(2) : s;
        };
        assertThat(variant.apply(inForce)).isEqualTo("现行有效件");
        assertThat(variant.apply("（三）不予公开")).isEqualTo("(三\n)不予公开");
        Read r = read(standardDocument(CURRENT, variant).source());
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(r.content().cells()).hasSize(200);
        for (String t : List.of("T2", "T3", "T4")) {
            assertPositional(r.content().cells(), CURRENT, t);
        }
        assertThat(r.content().notes()).isEmpty();
    }

    @Test
    void theTrialRowOtherHandlingInA2021TableKeepsItsTrialIds() throws Exception {
        // a 2021 report whose 三 table still prints （六）其他处理 as one row
        SourceDocument doc = new WordTables()
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(WordTables.t3(table(TRIAL, "T3"), Function.identity(), positional(TRIAL, "T3")))
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        Read r = read(doc);
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        Map<String, Cell> cells = r.content().cells();
        List<String> trialRow = table(TRIAL, "T3").cells().stream().filter(c -> c.row().code().equals("R3.6"))
                .map(CellDefinition::id).toList();
        assertThat(trialRow).hasSize(7).allSatisfy(id -> assertThat(TRIAL.cell(id)).isPresent());
        assertThat(cells).containsKeys(trialRow.toArray(String[]::new));
        assertThat(cells.get("T3:R3.6:natural").value()).isEqualByComparingTo(
                positional(TRIAL, "T3").apply(table(TRIAL, "T3").row("R3.6").orElseThrow(),
                        table(TRIAL, "T3").columns().get(0)));
        assertThat(cells.keySet()).noneMatch(id -> id.startsWith("T3:R3.6."));
        // in form order: after （五）, before （七）总计
        List<String> ids = new ArrayList<>(cells.keySet());
        assertThat(ids.indexOf("T3:R3.6:natural")).isEqualTo(ids.indexOf("T3:R3.5.5:total") + 1);
        assertThat(ids.indexOf("T3:R3.7:natural")).isEqualTo(ids.indexOf("T3:R3.6:total") + 1);
        assertThat(cells).hasSize(200 - 21 + 7);
        assertThat(r.notes(ReadNote.Code.TRIAL_ROW_IN_CURRENT)).singleElement().satisfies(n -> {
            assertThat(n.cells()).containsExactlyElementsOf(trialRow);
            assertThat(n.message()).contains("其他处理").contains("试行格式");
        });
        assertThat(r.notes(ReadNote.Code.ROW_MISSING)).flatExtracting(ReadNote::cells)
                .allMatch(id -> id.startsWith("T3:R3.6.")).hasSize(21);
        // the rest of T3 is unaffected
        assertThat(cells.get("T3:R3.7:total").value()).isEqualByComparingTo(
                positional(TRIAL, "T3").apply(table(TRIAL, "T3").row("R3.7").orElseThrow(),
                        table(TRIAL, "T3").columns().get(6)));
    }

    @Test
    void anExtraProvincialRowIsKeptOutsideTheFormCells() throws Exception {
        List<WordTables.R> t2 = new ArrayList<>(
                WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")));
        t2.add(4, WordTables.row(c("其他主动公开文件（含部门文件）"), c("186"), c("86"), c("255")));
        SourceDocument doc = new WordTables().table(t2)
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        assertPositional(r.content().cells(), CURRENT, "T2");
        assertThat(r.notes(ReadNote.Code.EXTRA_ROW)).singleElement()
                .satisfies(n -> assertThat(n.location().row()).isEqualTo(5));
        var g = r.content().genericTables().get(0);
        assertThat(g.columns()).hasSize(3);
        assertThat(g.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("其他主动公开文件（含部门文件）");
            assertThat(row.values()).extracting(Cell::raw).containsExactly("186", "86", "255");
        });
    }

    @Test
    void aTablePrintedAsAnImageIsNotedAsMissing() throws Exception {
        SourceDocument doc = new WordTables()
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .paragraph("四、政府信息公开行政复议、行政诉讼情况")
                .paragraph("（本部分表格在原文中为图片）")
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(185);
        assertThat(r.content().cells().keySet()).noneMatch(id -> id.startsWith("T4:"));
        assertThat(r.notes(ReadNote.Code.TABLE_MISSING)).singleElement().satisfies(n -> {
            assertThat(n.message()).contains("第四部分");
            assertThat(n.cells()).hasSize(15).contains("T4:after_review:total");
        });
        assertThat(r.notes(ReadNote.Code.ROW_MISSING)).isEmpty();
    }

    @Test
    void rowsWithoutGroupCellsThroughGridBeforeAndUnmergedSingleValueBlocks() throws Exception {
        // T3: continuation rows of a group skip the group columns with gridBefore instead of vMerge
        List<WordTables.R> t3 = new ArrayList<>();
        for (WordTables.R row : WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3"))) {
            int skipped = 0;
            while (skipped < row.cells().size() && Boolean.FALSE.equals(row.cells().get(skipped).vMerge())
                    && row.cells().get(skipped).span() == 1) {
                skipped++;
            }
            t3.add(skipped > 0 && row.cells().size() > 3
                    ? WordTables.rowAfter(skipped, row.cells().subList(skipped, row.cells().size())
                    .toArray(WordTables.C[]::new)) : row);
        }
        assertThat(t3).anyMatch(row -> row.gridBefore() == 2);
        // T2: the single-value blocks lost their merge: value in the first cell, two blank cells after it
        List<WordTables.R> t2 = new ArrayList<>();
        for (WordTables.R row : WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2"))) {
            if (row.cells().size() == 2) {
                t2.add(WordTables.row(row.cells().get(0), c(row.cells().get(1).text()), c(""), c("\u3000")));
            } else {
                t2.add(row);
            }
        }
        SourceDocument doc = new WordTables().table(t2).table(t3)
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        assertThat(doc.tables().get(1).cell(8, 0)).isNull(); // gridBefore really left the group column empty
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        for (String t : List.of("T2", "T3", "T4")) {
            assertPositional(r.content().cells(), CURRENT, t);
        }
        assertThat(r.content().notes()).isEmpty();
    }

    @Test
    void aTableSplitAcrossTwoWordTablesIsReadAsOne() throws Exception {
        List<WordTables.R> t3 = WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3"));
        SourceDocument doc = new WordTables()
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(t3.subList(0, 16))
                .table(t3.subList(16, t3.size()))
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        assertThat(doc.tables()).hasSize(4);
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        assertPositional(r.content().cells(), CURRENT, "T3");
        assertThat(r.content().cells().get("T3:R4:total").location().table()).isEqualTo(3);
    }

    @Test
    void aMissingRowIsNotedWithItsCells() throws Exception {
        List<WordTables.R> t3 = new ArrayList<>(
                WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")));
        int r38 = 3 + table(CURRENT, "T3").rows().indexOf(table(CURRENT, "T3").row("R3.3.8").orElseThrow());
        assertThat(t3.get(r38).cells().get(2).text()).contains("行政查询");
        t3.remove(r38);
        SourceDocument doc = new WordTables()
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(t3)
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(193);
        assertThat(r.notes(ReadNote.Code.ROW_MISSING)).singleElement().satisfies(n -> {
            assertThat(n.cells()).hasSize(7).allMatch(id -> id.startsWith("T3:R3.3.8:"));
            assertThat(n.message()).contains("8.属于行政查询事项");
        });
        assertPositional(Map.copyOf(r.content().cells()), CURRENT, "T4");
    }

    @Test
    void aT2WithoutBlockCaptionsIsReadByItsRowLabels() throws Exception {
        List<WordTables.R> t2 = WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2"))
                .stream().filter(row -> row.cells().size() > 1).toList();
        assertThat(t2).hasSize(14 - 4);
        SourceDocument doc = new WordTables().table(t2)
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        assertPositional(r.content().cells(), CURRENT, "T2");
        assertThat(r.content().notes()).isEmpty();
    }

    @Test
    void aMissingColumnIsNotedWithItsCells() throws Exception {
        FormTable t4 = table(CURRENT, "T4");
        FormTable withoutPending = new FormTable(t4.code(), t4.rows(),
                t4.columns().stream().filter(c -> !c.code().equals("pending")).toList(), t4.groups(), List.of());
        SourceDocument doc = new WordTables()
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .table(WordTables.t4(withoutPending, Function.identity(), positional(CURRENT, "T4")))
                .source();
        assertThat(doc.tables().get(2).columnCount()).isEqualTo(12);
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(197);
        assertThat(r.content().cells().get("T4:after_review:total").value()).isEqualByComparingTo(
                positional(CURRENT, "T4").apply(t4.row("after_review").orElseThrow(), t4.columns().get(4)));
        assertThat(r.notes(ReadNote.Code.COLUMN_MISSING)).singleElement().satisfies(n -> {
            assertThat(n.cells()).containsExactly("T4:review:pending", "T4:direct:pending", "T4:after_review:pending");
            assertThat(n.message()).contains("尚未审结");
        });
        assertThat(r.notes(ReadNote.Code.ROW_MISSING)).isEmpty();
    }

    @Test
    void anUnrelatedTableSharingAFewWordsIsLeftAlone() throws Exception {
        SourceDocument doc = new WordTables()
                .table(List.of(WordTables.row(c("项目"), c("总计")), WordTables.row(c("其他"), c("3"))))
                .table(WordTables.t2(table(CURRENT, "T2"), Function.identity(), positional(CURRENT, "T2")))
                .table(WordTables.t3(table(CURRENT, "T3"), Function.identity(), positional(CURRENT, "T3")))
                .table(WordTables.t4(table(CURRENT, "T4"), Function.identity(), positional(CURRENT, "T4")))
                .source();
        Read r = read(doc);
        assertThat(r.content().cells()).hasSize(200);
        assertPositional(r.content().cells(), CURRENT, "T3");
        assertThat(r.content().notes()).isEmpty();
        assertThat(r.content().genericTables()).isEmpty();
    }
}
