package io.github.disclosurereport.form;

import io.github.disclosurereport.text.Tsv;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tables' printed captions are data of the forms TSVs, inherited by a variant that gives none. */
class TableCaptionTest {

    private static final String HEADER = "table\tkind\tcode\tparent\tcheck\tunit\tlabel\n";
    private static final TableCaption T2 = new TableCaption("二", "主动公开政府信息情况", "主动公开");
    private static final TableCaption T3 = new TableCaption("三", "收到和处理政府信息公开申请情况", "依申请公开");
    private static final TableCaption T4 = new TableCaption("四", "政府信息公开行政复议、行政诉讼情况", "复议诉讼");

    private static Map<String, TableCaption> captions(FormDefinition form) {
        return form.tables().stream().collect(Collectors.toMap(FormTable::code, FormTable::caption));
    }

    private static FormDefinition load(String name, ReportFormat format, String tsv) throws Exception {
        return FormDefinition.load(name, format, new StringReader(tsv));
    }

    @Test
    void theNationalFormsCarryTheirPrintedCaptions() {
        assertThat(captions(Forms.current2021())).containsExactlyInAnyOrderEntriesOf(Map.of("T2", T2, "T3", T3, "T4", T4));
        assertThat(captions(Forms.trial2019())).containsExactlyInAnyOrderEntriesOf(Map.of("T2", T2, "T3", T3, "T4", T4));
        TableCaption legacy = Forms.legacyStatistics().table("L").orElseThrow().caption();
        assertThat(legacy).isEqualTo(new TableCaption("", "政府信息公开工作情况统计表", "统计表"));

        assertThat(T3.heading()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(T3.reference()).isEqualTo("表三");
        assertThat(legacy.numbered()).isFalse();
        assertThat(legacy.heading()).isEqualTo("政府信息公开工作情况统计表");
        assertThat(legacy.reference()).isEqualTo("统计表");
        // the caption lines are no rows, columns or groups of their tables
        assertThat(Forms.current2021().table("T2").orElseThrow().labels()).doesNotContain("主动公开政府信息情况", "二");
        assertThat(Forms.legacyStatistics().table("L").orElseThrow().rows()).extracting(FormRow::code)
                .noneMatch(c -> c.startsWith("caption"));
        assertThat(Forms.legacyStatistics().cells()).hasSize(78);
    }

    @Test
    void theCaptionsAreTheHeadingsOfThe2021SectionsThatPrintTheTables() {
        Map<String, String> headings = Tsv.formsData("sections-2021.tsv").stream()
                .collect(Collectors.toMap(l -> l[0], l -> l[1]));
        for (FormDefinition form : List.of(Forms.current2021(), Forms.trial2019())) {
            assertThat(form.tables()).allSatisfy(t ->
                    assertThat(headings.get(t.caption().number())).as(t.code()).isEqualTo(t.caption().title()));
        }
    }

    @Test
    void aNumberedTableWithoutATitleOfItsOwnOrInheritedIsTitledByItsSection() throws Exception {
        // the national tables give only number and short name: the title is the section's (sections-2021.tsv)
        FormDefinition noticed = load("noticed", ReportFormat.CURRENT_2021, HEADER
                + "T5\tcaption\tnumber\t\t-\t\t五\n"
                + "T5\tcolumn\tn\t\t-\t件\t数量\n"
                + "T5\trow\tr\t\t-\t\t整改事项\n");
        assertThat(noticed.table("T5").orElseThrow().caption())
                .isEqualTo(new TableCaption("五", "存在的主要问题及改进情况", "存在的主要问题及改进情况"));
    }

    @Test
    void aVariantWithoutCaptionsKeepsTheNationalOnes() throws Exception {
        FormDefinition hubei = Forms.variant("hubei-trial-2019");
        assertThat(captions(hubei)).isEqualTo(captions(Forms.trial2019()));

        // a table the national form does not have is named by its code
        FormDefinition extra = load("extra", ReportFormat.CURRENT_2021, HEADER
                + "T2\tblock\tA\t\t-\t\t第二十条第（一）项\n"
                + "T2\tcolumn\tissued\tA\t-\t件\t本年制发件数\n"
                + "T2\trow\trules\tA\t-\t\t规章\n"
                + "T5\tcolumn\tn\t\t-\t件\t数量\n"
                + "T5\trow\tr\t\t-\t\t其他事项\n");
        assertThat(extra.table("T2").orElseThrow().caption()).isEqualTo(T2);
        assertThat(extra.table("T5").orElseThrow().caption()).isEqualTo(new TableCaption("", "T5", "T5"));
        assertThat(extra.table("T5").orElseThrow().caption().reference()).isEqualTo("T5");

        // a legacy variant without caption lines
        FormDefinition legacy = load("legacy", ReportFormat.LEGACY_2008,
                "code\tparent\tcheck\tagainst\tunit\tlabel\n1\t\t-\t\t件\t一、收到申请数\n");
        assertThat(legacy.table("L").orElseThrow().caption())
                .isEqualTo(new TableCaption("", "政府信息公开工作情况统计表", "统计表"));
        assertThat(legacy.cells()).extracting(CellDefinition::id).containsExactly("L:1");
    }

    @Test
    void aVariantMayCaptionItsTablesItself() throws Exception {
        FormDefinition own = load("own", ReportFormat.TRIAL_2019, HEADER
                + "T4\tcaption\tnumber\t\t-\t\t五\n"
                + "T4\tcaption\ttitle\t\t-\t\t行政复议和行政诉讼情况\n"
                + "T4\tcolumn\tupheld\t\t-\t件\t结果维持\n"
                + "T4\trow\treview\t\t-\t\t行政复议\n");
        TableCaption t4 = own.table("T4").orElseThrow().caption();
        // the short name it does not give is the national table's
        assertThat(t4).isEqualTo(new TableCaption("五", "行政复议和行政诉讼情况", "复议诉讼"));
        assertThat(t4.heading()).isEqualTo("五、行政复议和行政诉讼情况");
        assertThat(t4.reference()).isEqualTo("表五");
        assertThat(own.table("T4").orElseThrow().rows()).extracting(FormRow::code).containsExactly("review");

        // just a short name of its own
        FormDefinition tab = load("tab", ReportFormat.CURRENT_2021, HEADER
                + "T3\tcaption\tshort\t\t-\t\t依申请\n"
                + "T3\tcolumn\tnatural\t\t-\t件\t自然人\n"
                + "T3\trow\tR1\t\t-\t\t一、本年新收政府信息公开申请数量\n");
        assertThat(tab.table("T3").orElseThrow().caption())
                .isEqualTo(new TableCaption("三", "收到和处理政府信息公开申请情况", "依申请"));
        // a table no national form has: its short name is its title
        FormDefinition extra = load("extra", ReportFormat.CURRENT_2021, HEADER
                + "T5\tcaption\ttitle\t\t-\t\t政务服务情况\n"
                + "T5\tcolumn\tn\t\t-\t件\t数量\n"
                + "T5\trow\tr\t\t-\t\t办理事项\n");
        assertThat(extra.table("T5").orElseThrow().caption()).isEqualTo(new TableCaption("", "政务服务情况", "政务服务情况"));

        FormDefinition legacy = load("legacy", ReportFormat.LEGACY_2008, "code\tparent\tcheck\tagainst\tunit\tlabel\n"
                + "caption:title\t\t-\t\t\t政府信息公开情况统计表\n"
                + "1\t\t-\t\t件\t一、收到申请数\n");
        assertThat(legacy.table("L").orElseThrow().caption())
                .isEqualTo(new TableCaption("", "政府信息公开情况统计表", "统计表"));
        assertThat(legacy.cells()).extracting(CellDefinition::id).containsExactly("L:1");
    }

    @Test
    void aMalformedCaptionIsRefusedNamingTheLine() {
        String row = "T2\tcolumn\tn\t\t-\t件\t数量\nT2\trow\tr\t\t-\t\t规章\n";
        assertThatThrownBy(() -> load("bad", ReportFormat.TRIAL_2019, HEADER + row
                + "T2\tcaption\theading\t\t-\t\t主动公开\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("line 4")
                .hasMessageContaining("'heading'");
        assertThatThrownBy(() -> load("bad", ReportFormat.TRIAL_2019, HEADER + row
                + "T2\tcaption\ttitle\t\t-\t\t主动公开\nT2\tcaption\ttitle\t\t-\t\t依申请公开\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("line 5")
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> load("bad", ReportFormat.TRIAL_2019, HEADER + row
                + "T2\tcaption\ttitle\t\t-\t\t\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("line 4")
                .hasMessageContaining("no label");
        assertThatThrownBy(() -> load("bad", ReportFormat.TRIAL_2019, HEADER + row
                + "T9\tcaption\ttitle\t\t-\t\t其他\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("table T9")
                .hasMessageContaining("no rows or columns");
        assertThatThrownBy(() -> load("bad", ReportFormat.TRIAL_2019, HEADER + row + "\trow\tx\t\t-\t\t其他\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("line 4: names no table");
        assertThatThrownBy(() -> load("bad", ReportFormat.LEGACY_2008, "code\tparent\tcheck\tagainst\tunit\tlabel\n"
                + "caption:name\t\t-\t\t\t统计表\n1\t\t-\t\t件\t一、收到申请数\n"))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("line 2")
                .hasMessageContaining("'name'");
    }
}
