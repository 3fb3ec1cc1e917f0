package io.github.disclosurereport.form;

import io.github.disclosurereport.text.Labels;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormsTest {

    @Test
    void current2021HasTheOfficialCellCounts() {
        FormDefinition f = Forms.current2021();
        assertThat(f.table("T2").orElseThrow().cells()).hasSize(10);
        assertThat(f.table("T3").orElseThrow().cells()).hasSize(175);
        assertThat(f.table("T4").orElseThrow().cells()).hasSize(15);
        assertThat(f.cell("T3:R3.3.1:natural")).isPresent();
        assertThat(f.cell("T2:rules:issued").orElseThrow().kind()).isEqualTo(ValueKind.COUNT);
        assertThat(f.cell("T2:fees:amount").orElseThrow().kind()).isEqualTo(ValueKind.MONEY);
        assertThat(f.cell("T4:direct:total")).isPresent();
        // T2 cells exist only within their block
        assertThat(f.cell("T2:rules:decisions")).isEmpty();
    }

    @Test
    void trial2019DiffersInT2AndTheSingleOtherRow() {
        FormDefinition f = Forms.trial2019();
        assertThat(f.table("T2").orElseThrow().cells()).hasSize(22);
        assertThat(f.table("T3").orElseThrow().cells()).hasSize(23 * 7);
        assertThat(f.cell("T3:R3.6:total")).isPresent();
        assertThat(f.cell("T3:R3.6.1:total")).isEmpty();
        assertThat(f.cell("T2:licensing:change").orElseThrow().kind()).isEqualTo(ValueKind.SIGNED);
        assertThat(f.cell("T2:procurement:amount").orElseThrow().kind()).isEqualTo(ValueKind.MONEY);
    }

    @Test
    void legacyCellsAreTheIndicatorsWithAUnit() {
        FormDefinition f = Forms.legacyStatistics();
        assertThat(f.cell("L:1.2.2").orElseThrow().unit()).isEqualTo("条");
        assertThat(f.cell("L:4")).isPresent();
        assertThat(f.cell("L:1")).isEmpty(); // heading row, no value
        assertThat(f.cell("L:9")).isEmpty();
        assertThat(f.cell("L:12").orElseThrow().kind()).isEqualTo(ValueKind.MONEY);
        assertThat(f.table("L").orElseThrow().row("3.3.4.1").orElseThrow().check()).isEqualTo(Check.PART);
        assertThat(f.cells()).hasSize(78);
    }

    @Test
    void aVariantIsJustAnotherTsv() throws Exception {
        String tsv = "table\tkind\tcode\tparent\tcheck\tunit\tlabel\n"
                + "T2\tblock\tA\t\t-\t\t第二十条第（一）项\n"
                + "T2\tcolumn\tissued\tA\t-\t件\t本年制发件数\n"
                + "T2\trow\tother_docs\tA\t-\t\t其他主动公开文件\n";
        FormDefinition f = FormDefinition.load("hubei", ReportFormat.TRIAL_2019, new StringReader(tsv));
        assertThat(f.cell("T2:other_docs:issued")).isPresent();
        assertThatThrownBy(() -> FormDefinition.load("bad", ReportFormat.TRIAL_2019,
                new StringReader("table\tkind\tcode\tparent\tcheck\tunit\tlabel\nT2\tweird\tx\t\t-\t\tx\n")))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("weird");
    }

    @Test
    void labelKeysIgnoreWidthSpacesAndNumbering() {
        assertThat(Labels.key("（一）予以公开")).isEqualTo(Labels.key("(一) 予以公开"));
        assertThat(Labels.keyWithoutNumbering("　　　　　其中：主动公开规范性文件数"))
                .isEqualTo(Labels.keyWithoutNumbering("其中:主动公开规范性文件数"));
        assertThat(Labels.keyWithoutNumbering("3.危及“三安全一稳定”"))
                .isEqualTo(Labels.keyWithoutNumbering("３、危及\"三安全一稳定\""));
        assertThat(Labels.keyWithoutNumbering("商业\n企业")).isEqualTo("商业企业");
    }

    @Test
    void sumRelationsComeFromTheCheckColumns() {
        var current = Forms.current2021().sumRelations();
        // T3: （七）总计 = the 21 outcome rows, per column
        SumRelation r37 = current.stream().filter(r -> r.totalId().equals("T3:R3.7:natural")).findFirst().orElseThrow();
        assertThat(r37.kind()).isEqualTo(SumRelation.Kind.ROW_PARTS);
        assertThat(r37.partIds()).hasSize(21).startsWith("T3:R3.1:natural", "T3:R3.2:natural")
                .endsWith("T3:R3.6.3:natural");
        // T3 row totals: 总计 = the six applicant columns
        SumRelation r1 = current.stream().filter(r -> r.totalId().equals("T3:R1:total")).findFirst().orElseThrow();
        assertThat(r1.kind()).isEqualTo(SumRelation.Kind.COLUMN_TOTAL);
        assertThat(r1.partIds()).containsExactly("T3:R1:natural", "T3:R1:commercial", "T3:R1:research",
                "T3:R1:nonprofit", "T3:R1:legal", "T3:R1:other");
        // T4: 总计 = the four results, per group
        SumRelation direct = current.stream().filter(r -> r.totalId().equals("T4:direct:total")).findFirst().orElseThrow();
        assertThat(direct.partIds()).containsExactly("T4:direct:upheld", "T4:direct:corrected", "T4:direct:other",
                "T4:direct:pending");
        assertThat(current).noneMatch(r -> r.table().equals("T2"));
        // 7 columns (R3.7) + 25 rows (T3 total column) + 3 rows (T4)
        assertThat(current).hasSize(7 + 25 + 3);
        assertThat(Forms.trial2019().sumRelations().stream()
                .filter(r -> r.totalId().equals("T3:R3.7:total")).findFirst().orElseThrow().partIds())
                .hasSize(19).contains("T3:R3.6:total");

        var legacy = Forms.legacyStatistics().sumRelations();
        assertThat(legacy).allMatch(r -> r.kind() == SumRelation.Kind.AGAINST);
        assertThat(legacy).anySatisfy(r -> {
            assertThat(r.totalId()).isEqualTo("L:3.3");
            assertThat(r.partIds()).containsExactly("L:3.3.1", "L:3.3.2", "L:3.3.3", "L:3.3.4", "L:3.3.5",
                    "L:3.3.6", "L:3.3.7", "L:3.3.8");
        });
        assertThat(legacy).anySatisfy(r -> assertThat(r.totalId()).isEqualTo("L:3.3.4"));
        // channels and subsets are not sums
        assertThat(legacy).noneMatch(r -> r.totalId().equals("L:1.1"));
    }

    /** The bundled Hubei variant's text, as a clerk's editor on Windows might save it. */
    private static String hubeiText() throws java.io.IOException {
        try (var in = Forms.class.getResourceAsStream("variants/hubei-trial-2019.tsv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aVariantSavedWithAByteOrderMarkLoads() throws Exception {
        byte[] utf8 = hubeiText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        FormDefinition f = Forms.loadDeclared("saved-on-windows", withBom);
        assertThat(f.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(f.cell("T2:other_docs:new_made")).isPresent();
        // the same through a Reader (a BOM decoded into U+FEFF)
        assertThat(Forms.loadDeclared("reader", new StringReader("\uFEFF" + hubeiText())).cells())
                .hasSameSizeAs(f.cells());
    }

    @Test
    void aVariantSavedAsNotepadsUnicodeReads() throws Exception {
        // Windows Notepad's "Unicode": UTF-16 little-endian with its byte-order mark, CRLF line ends
        byte[] text = hubeiText().replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        FormDefinition f = Forms.loadDeclared("unicode", withBom);
        assertThat(f.cell("T2:other_docs:new_made").orElseThrow().row().label()).isEqualTo("其他主动公开文件");
        assertThat(f.cells()).hasSameSizeAs(Forms.variant("hubei-trial-2019").cells());
    }

    @Test
    void aVariantSavedInGbkReadsWithItsChineseLabels() throws Exception {
        byte[] gbk = hubeiText().getBytes(java.nio.charset.Charset.forName("GBK"));
        FormDefinition f = Forms.loadDeclared("gbk", gbk);
        assertThat(f.cell("T2:other_docs:new_made").orElseThrow().row().label()).isEqualTo("其他主动公开文件");
        assertThat(f.cells()).hasSameSizeAs(Forms.variant("hubei-trial-2019").cells());
    }

    @Test
    void bytesInNeitherEncodingAreRefusedNamingTheEncodings() {
        byte[] garbage = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        assertThatThrownBy(() -> Forms.loadDeclared("bad", garbage)).isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("UTF-8").hasMessageContaining("GBK").hasMessageStartingWith("bad:");
    }
}
