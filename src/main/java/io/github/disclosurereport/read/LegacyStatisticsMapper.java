package io.github.disclosurereport.read;

import io.github.disclosurereport.model.SignOff;

import java.util.List;
import java.util.Map;

/** The legacy 政府信息公开工作情况统计表 (and unknown statistics tables) from the neutral intermediate. */
final class LegacyStatisticsMapper {

    private LegacyStatisticsMapper() {
    }

    static TableContent map(SourceDocument source) {
        // TODO(issue 2): label matching against Forms.legacyStatistics(), generic tables, header/footer.
        return new TableContent(Map.of(), List.of(), SignOff.EMPTY, List.of(), "", null);
    }
}
