package io.github.disclosurereport.form;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormSetTest {

    private static final Path TRIAL_TSV = Path.of("src/main/resources/io/github/disclosurereport/form/trial-2019.tsv");

    @Test
    void standardSetIsTheBuiltInForms() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(FormSet.standard().form(f)).isSameAs(Forms.national(f));
        }
        assertThat(FormSet.standard().isStandard()).isTrue();
    }

    @Test
    void withFormReplacesOnlyThatFormatAndLeavesTheOriginalSetAlone() {
        FormDefinition hubei = Forms.variant("hubei-trial-2019");
        FormSet set = FormSet.standard().withForm(hubei);
        assertThat(set.form(ReportFormat.TRIAL_2019)).isSameAs(hubei);
        assertThat(set.form(ReportFormat.CURRENT_2021)).isSameAs(Forms.current2021());
        assertThat(set.isStandard()).isFalse();
        assertThat(FormSet.standard().form(ReportFormat.TRIAL_2019)).isSameAs(Forms.trial2019());
    }

    @Test
    void hubeiVariantIsTheTrialFormPlusOneRowInBlockOne() {
        FormDefinition hubei = Forms.variant("hubei-trial-2019");
        assertThat(hubei.name()).isEqualTo("hubei-trial-2019");
        assertThat(hubei.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(hubei.cells()).hasSize(Forms.trial2019().cells().size() + 3);
        assertThat(hubei.cells().stream().map(CellDefinition::id).filter(id -> !Forms.trial2019().cell(id).isPresent()))
                .containsExactly("T2:other_docs:new_made", "T2:other_docs:new_published",
                        "T2:other_docs:total_published");
        CellDefinition d = hubei.cell("T2:other_docs:new_made").orElseThrow();
        assertThat(d.block()).isEqualTo("A20_1");
        assertThat(d.row().label()).isEqualTo("其他主动公开文件");
        assertThat(d.kind()).isEqualTo(ValueKind.COUNT);
    }

    @Test
    void resolvesAReportsFormByName() {
        FormDefinition hubei = Forms.variant("hubei-trial-2019");
        FormSet standard = FormSet.standard();
        // a bundled variant is found by name even by the standard set
        assertThat(standard.resolve(ReportFormat.TRIAL_2019, "hubei-trial-2019").orElseThrow().name())
                .isEqualTo("hubei-trial-2019");
        // a bundled variant is loaded once, so every saved report naming it shares the same form
        assertThat(standard.resolve(ReportFormat.TRIAL_2019, "hubei-trial-2019").orElseThrow())
                .isSameAs(Forms.variant("hubei-trial-2019"));
        // a report read with the built-in form stays with it under a set holding the variant
        assertThat(standard.withForm(hubei).resolve(ReportFormat.TRIAL_2019, Forms.trial2019().name()))
                .containsSame(Forms.trial2019());
        // no name: the set's own form
        assertThat(standard.withForm(hubei).resolve(ReportFormat.TRIAL_2019, "")).containsSame(hubei);
        // a name that is no form of that format, or no form at all: nothing — the caller says so, no silent fallback
        assertThat(standard.resolve(ReportFormat.CURRENT_2021, "hubei-trial-2019")).isEmpty();
        assertThat(standard.resolve(ReportFormat.TRIAL_2019, "../trial-2019")).isEmpty();
        assertThat(standard.resolve(ReportFormat.TRIAL_2019, "my-province")).isEmpty();
    }

    @Test
    void unknownBundledVariantIsAClearError() {
        assertThatThrownBy(() -> Forms.variant("atlantis-2019")).isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("atlantis-2019");
    }

    @Test
    void aRowWhoseParentNamesNoBlockFailsNamingTheLine() throws Exception {
        String tsv = Files.readString(TRIAL_TSV, StandardCharsets.UTF_8);
        String bad = tsv.replace("T2\trow\tnormative\tA20_1\t-\t\t规范性文件\n",
                "T2\trow\tnormative\tA20_1\t-\t\t规范性文件\nT2\trow\tother_docs\tA20_7\t-\t\t其他主动公开文件\n");
        assertThat(bad).isNotEqualTo(tsv);
        int line = (int) bad.substring(0, bad.indexOf("other_docs")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> FormDefinition.load("broken.tsv", ReportFormat.TRIAL_2019, new StringReader(bad)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("broken.tsv: line " + line + ":")
                .hasMessageContaining("other_docs").hasMessageContaining("A20_7");
    }

    @Test
    void aChainOfGroupsThatComesBackToItsStartFailsNamingTheLineAndTheGroups() throws Exception {
        String tsv = Files.readString(TRIAL_TSV, StandardCharsets.UTF_8);
        String bad = tsv.replace("T3\tgroup\tR3\t\t-", "T3\tgroup\tR3\tR3.3\t-");
        assertThat(bad).isNotEqualTo(tsv);
        int line = (int) bad.substring(0, bad.indexOf("T3\tgroup\tR3\t")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> FormDefinition.load("looped.tsv", ReportFormat.TRIAL_2019, new StringReader(bad)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage("looped.tsv: line " + line + ": group 'R3' is its own ancestor: R3 → R3.3 → R3");
    }

    @Test
    void aChainOfLegacyIndicatorsThatComesBackFailsNamingTheLine() throws Exception {
        String tsv = Files.readString(TRIAL_TSV.resolveSibling("legacy-statistics.tsv"), StandardCharsets.UTF_8);
        String bad = tsv.replace("\n3.3\t3\t", "\n3.3\t3.3.4\t");
        assertThat(bad).isNotEqualTo(tsv);
        int line = (int) bad.substring(0, bad.indexOf("\n3.3\t") + 1).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> FormDefinition.load("looped.tsv", ReportFormat.LEGACY_2008, new StringReader(bad)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage("looped.tsv: line " + line + ": indicator '3.3' is its own ancestor: 3.3 → 3.3.4 → 3.3");
    }

    @Test
    void aVariantDeclaresItsFormatInAComment() throws Exception {
        String tsv = "# format: TRIAL_2019\n" + Files.readString(TRIAL_TSV, StandardCharsets.UTF_8);
        FormDefinition f = Forms.loadDeclared("mine", new StringReader(tsv));
        assertThat(f.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(f.cells()).hasSameSizeAs(Forms.trial2019().cells());
        assertThatThrownBy(() -> Forms.loadDeclared("undeclared", new StringReader(
                Files.readString(TRIAL_TSV, StandardCharsets.UTF_8))))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("undeclared");
    }
}
