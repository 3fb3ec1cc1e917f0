package io.github.disclosurereport.form;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The headers a legacy statistics table prints over its label, unit, value and row-code columns are form data. */
class LegacyHeadersTest {

    private static final String HEADER = "code\tparent\tcheck\tagainst\tunit\tlabel\talso\n";
    private static final String ROW = "1\t\t-\t\t件\t一、收到申请数\n";

    private static FormDefinition load(String tsv) throws Exception {
        return FormDefinition.load("v", ReportFormat.LEGACY_2008, new StringReader(HEADER + tsv));
    }

    private static FormTable l(FormDefinition form) {
        return form.table("L").orElseThrow();
    }

    @Test
    void theNationalFormNamesTheHeadersItPrints() {
        FormTable national = l(Forms.legacyStatistics());
        assertThat(national.headers()).extracting(FormColumn::code).containsExactly("label", "unit", "value", "code");
        assertThat(national.header("label").orElseThrow().label()).isEqualTo("统计指标");
        assertThat(national.header("label").orElseThrow().also()).contains("*指标*", "项目", "内容");
        assertThat(national.header("unit").orElseThrow().also()).containsExactly("计量单位", "计算单位");
        assertThat(national.header("value").orElseThrow().label()).isEqualTo("统计数");
        // a header line is no indicator and forms no cell
        assertThat(national.rows()).extracting(FormRow::code).noneMatch(c -> c.startsWith("header"));
        assertThat(Forms.legacyStatistics().cells()).hasSize(78);
        // the standard tables print their headers as columns
        assertThat(Forms.current2021().tables()).allSatisfy(t -> assertThat(t.headers()).isEmpty());
    }

    @Test
    void aVariantTakesTheHeadersItDoesNotGiveFromTheNationalForm() throws Exception {
        FormTable own = l(load("header:unit\t\t-\t\t\t计量\t度量|计\n" + ROW));
        assertThat(own.header("unit").orElseThrow()).isEqualTo(
                new FormColumn("unit", "", Check.NONE, "", "计量", List.of("度量", "计")));
        assertThat(own.header("label")).isEqualTo(l(Forms.legacyStatistics()).header("label"));
        assertThat(own.header("value")).isEqualTo(l(Forms.legacyStatistics()).header("value"));
        assertThat(own.rows()).extracting(FormRow::code).containsExactly("1");

        FormTable fujian = l(Forms.variant("fujian-legacy-2008"));
        assertThat(fujian.header("label").orElseThrow().label()).isEqualTo("指标名称");
        assertThat(fujian.header("unit").orElseThrow().label()).isEqualTo("计量单位");
    }

    @Test
    void aMalformedHeaderLineIsRefused() {
        assertThatThrownBy(() -> load("header:units\t\t-\t\t\t单位\t\n" + ROW))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("header:units");
        assertThatThrownBy(() -> load("header:unit\t\t-\t\t\t\t\n" + ROW))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("a label");
        assertThatThrownBy(() -> load("header:unit\t\t-\t\t\t单位\t\nheader:unit\t\t-\t\t\t计量\t\n" + ROW))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("given once");
    }
}
