package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SignOff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tables of a report held, mapped to cell ids.
 *
 * @param cells         form cells by id, in form order
 * @param genericTables tables or rows no form describes
 * @param signOff       legacy statistics header/footer fields
 * @param notes         what the mapping noticed (unrecognised form, missing table, extra rows …)
 * @param organization  the organization named by the tables (e.g. 单位名称), empty when none
 * @param year          the year named by the tables (e.g. （2017年度）), or null
 * @param form          the form the tables were read with (a legacy table picks its form from the family)
 */
record TableContent(Map<String, Cell> cells, List<GenericTable> genericTables, SignOff signOff,
                    List<ReadNote> notes, String organization, Integer year, FormDefinition form) {
    TableContent {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        genericTables = List.copyOf(genericTables);
        notes = List.copyOf(notes);
        organization = organization == null ? "" : organization;
    }
}
