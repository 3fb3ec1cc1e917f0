package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Cell;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MappingOrderTest {

    @Test
    void cellsUnderTrialIdsStandWhereTheirRowIsPrinted() {
        List<String> read = List.of("T3:R3.7:natural", "T3:R3.6:total", "T2:penalty:decisions", "T3:R3.6:natural",
                "T2:licensing:prev_items", "T3:R1:natural", "T3:R3.5.5:natural", "T2:licensing:decisions");
        Map<String, Cell> found = new LinkedHashMap<>();
        read.forEach(id -> found.put(id, Cell.number(id, BigDecimal.ONE, null)));
        Set<String> olderIds = Set.of("T3:R3.6:natural", "T3:R3.6:total", "T2:licensing:prev_items");
        Map<String, Cell> ordered = MappingOrder.ordered(Forms.current2021(), Forms.trial2019(), found, olderIds);
        // a trial column after the cells of its 2021 row; the trial row （六）其他处理 where 2021 prints its group
        assertThat(ordered.keySet()).containsExactly("T2:licensing:decisions", "T2:licensing:prev_items",
                "T2:penalty:decisions", "T3:R1:natural", "T3:R3.5.5:natural", "T3:R3.6:natural", "T3:R3.6:total",
                "T3:R3.7:natural");
        assertThat(ordered.values()).allSatisfy(c -> assertThat(c.value()).isEqualTo(BigDecimal.ONE));
    }

    @Test
    void withoutAnOlderFormTheCellsFollowTheForm() {
        Map<String, Cell> found = new LinkedHashMap<>();
        List.of("T4:review:total", "T2:rules:issued").forEach(id -> found.put(id, Cell.number(id, BigDecimal.TEN, null)));
        assertThat(MappingOrder.ordered(Forms.current2021(), null, found, Set.of()).keySet())
                .containsExactly("T2:rules:issued", "T4:review:total");
    }
}
