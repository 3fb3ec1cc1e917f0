package io.github.disclosurereport.form;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormTableTest {

    private static final FormTable T2 = Forms.current2021().table("T2").orElseThrow();
    private static final FormTable T3 = Forms.current2021().table("T3").orElseThrow();
    private static final FormTable T4 = Forms.current2021().table("T4").orElseThrow();

    private static FormRow row(FormTable t, String code) {
        return t.row(code).orElseThrow();
    }

    private static FormGroup group(FormTable t, String code) {
        return t.group(code).orElseThrow();
    }

    @Test
    void aRowsAncestorsAreItsGroupsOutermostFirst() {
        assertThat(T3.ancestors(row(T3, "R3.3.1"))).extracting(FormGroup::code).containsExactly("R3", "R3.3");
        assertThat(T3.ancestors(row(T3, "R3.1"))).extracting(FormGroup::label).containsExactly("三、本年度办理结果");
        assertThat(T3.ancestors(row(T3, "R1"))).isEmpty();
        assertThat(T4.ancestors(row(T4, "direct"))).extracting(FormGroup::code).containsExactly("litigation");
        assertThat(T2.ancestors(row(T2, "rules"))).extracting(FormGroup::code).containsExactly("A20_1");
        // the legacy form's parents are indicators, not groups
        FormTable legacy = Forms.legacyStatistics().table("L").orElseThrow();
        assertThat(legacy.ancestors(row(legacy, "3.3.4.1"))).isEmpty();
    }

    @Test
    void rowsUnderAGroupAreFoundAtAnyDepthInPrintedOrder() {
        assertThat(T4.rowsUnder(group(T4, "litigation"))).extracting(FormRow::code)
                .containsExactly("direct", "after_review");
        assertThat(T3.rowsUnder(group(T3, "R3.3"))).hasSize(8).allMatch(r -> r.code().startsWith("R3.3."));
        List<FormRow> outcomes = T3.rowsUnder(group(T3, "R3"));
        assertThat(outcomes).contains(row(T3, "R3.3.8"), row(T3, "R3.7")).doesNotContain(row(T3, "R4"));
        assertThat(outcomes.get(0)).isEqualTo(row(T3, "R3.1"));
        assertThat(T3.rowsUnder(group(T3, "applicant"))).isEmpty();
    }

    @Test
    void onlyGroupsAboveRowsHeadRows() {
        assertThat(T3.headsRows(group(T3, "R3"))).isTrue();
        assertThat(T3.headsRows(group(T3, "R3.5"))).isTrue();
        assertThat(T3.headsRows(group(T3, "applicant"))).isFalse();
        assertThat(T3.headsRows(group(T3, "legal_person"))).isFalse();
        assertThat(T4.headsRows(group(T4, "litigation"))).isTrue();
        // a T2 block has rows under it, but its caption heads the block's header
        assertThat(T2.rowsUnder(group(T2, "A20_1"))).isNotEmpty();
        assertThat(T2.headsRows(group(T2, "A20_1"))).isFalse();
    }

    @Test
    void labelsAreRowsThenColumnsThenGroups() {
        assertThat(T4.labels()).hasSize(T4.rows().size() + T4.columns().size() + T4.groups().size())
                .startsWith("行政复议", "未经复议直接起诉", "复议后起诉", "结果维持").endsWith("行政诉讼");
        assertThat(T3.labels()).contains(T3.note().orElseThrow());
    }

    @Test
    void aTableWhoseGroupsAreTheirOwnAncestorsIsRefused() {
        List<FormGroup> looped = List.of(new FormGroup("group", "a", "b", "甲"),
                new FormGroup("group", "b", "a", "乙"));
        assertThatThrownBy(() -> new FormTable("T9", List.of(), List.of(), looped, List.of()))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("T9").hasMessageContaining("a → b → a");
    }

    @Test
    void aTableIsEqualToOneWithTheSameDefinition() {
        FormTable copy = new FormTable(T4.code(), T4.caption(), T4.rows(), T4.columns(), T4.groups(), T4.cells());
        assertThat(copy).isEqualTo(T4).hasSameHashCodeAs(T4).isNotEqualTo(T3);
        // the caption is part of the definition: named by its code alone, the table is another
        FormTable uncaptioned = new FormTable(T4.code(), T4.rows(), T4.columns(), T4.groups(), T4.cells());
        assertThat(uncaptioned.caption()).isEqualTo(new TableCaption("", "T4", "T4"));
        assertThat(uncaptioned).isNotEqualTo(T4);
        assertThat(copy.ancestors(row(copy, "direct"))).isEqualTo(T4.ancestors(row(T4, "direct")));
    }
}
