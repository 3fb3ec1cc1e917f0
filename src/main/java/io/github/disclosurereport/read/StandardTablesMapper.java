package io.github.disclosurereport.read;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.model.SignOff;

import java.util.List;
import java.util.Map;

/** Tables 二、三、四 of the 2019 trial and 2021 formats from the neutral intermediate, mapped by labels. */
final class StandardTablesMapper {

    private StandardTablesMapper() {
    }

    static TableContent map(SourceDocument source, FormDefinition form) {
        // TODO(issue 3): T2 blocks, T3 three label columns, T4 three header rows.
        return new TableContent(Map.of(), List.of(), SignOff.EMPTY, List.of(), "", null);
    }
}
