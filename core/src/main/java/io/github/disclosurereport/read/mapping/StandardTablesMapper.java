package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables 二、三、四 of the 2019 trial and 2021 formats from the neutral intermediate, mapped to cell ids by labels.
 *
 * <p>Everything comes from the {@link FormDefinition}: which printed table is which form table, the rows, columns,
 * blocks and groups. The steps: {@link TableAssigner} finds each form table's printed tables; {@link TableReader}
 * reads their header runs ({@link HeaderReader}) and data rows ({@link RowMatcher}) into cells, keeping a row the
 * form does not know as a {@link GenericTable} ({@link ExtraRows}); {@link Coverage} notes what the print lacks;
 * {@link MappingOrder} puts the cells in form order. A row or column only the trial form knows (（六）其他处理
 * printed as one row in a 2021 table) keeps its trial cell ids.
 */
final class StandardTablesMapper {

    private StandardTablesMapper() {
    }

    /**
     * @param form  the form of the detected format
     * @param trial the configured trial form, whose rows and columns a 2021 table may still print
     */
    static TableContent map(SourceDocument source, FormDefinition form, FormDefinition trial) {
        FormDefinition older = form.format() == ReportFormat.CURRENT_2021 ? trial : null;
        List<FormTablePair> tables = form.tables().stream().map(ft -> FormTablePair.of(ft, older)).toList();
        Map<String, List<SourceTable>> printed = new TableAssigner(tables).assign(source);
        FoundCells found = new FoundCells(form, older);
        List<ReadNote> notes = new ArrayList<>();
        ExtraRows extra = new ExtraRows(notes);
        for (FormTablePair pair : tables) {
            List<SourceTable> printings = printed.getOrDefault(pair.code(), List.of());
            if (printings.isEmpty()) {
                notes.add(MappingNotes.tableMissing(pair.own(),
                        PicturedTables.inSection(source, pair.own().caption())));
                continue;
            }
            TableReader reader = new TableReader(pair, found, extra, notes);
            Header carried = null;
            for (SourceTable t : printings) {
                carried = reader.read(t, carried);
            }
            notes.addAll(Coverage.missing(pair.own(), found.cells().keySet(), printings.get(0)));
        }
        return new TableContent(MappingOrder.ordered(form, older, found.cells(), found.olderIds()), extra.tables(),
                SignOff.EMPTY, notes, "", null, form);
    }
}
