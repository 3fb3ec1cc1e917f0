package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.source.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where the neutral intermediate becomes a {@link Report}: text structure, format detection,
 * table mapping. Every file type goes through here.
 */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    /** Assembles with the set's form for the detected format (detection itself uses the built-in fingerprints). */
    public static Report assemble(SourceDocument source, FormSet forms) {
        TextStructure text = TextStructureReader.read(source);
        Metadata m = text.metadata();
        ReportFormat format = FormatDetector.detect(source, m.year());
        // a legacy statistics table may be any province's form: it is read with the one of the family it matches
        TableContent tables = format == ReportFormat.LEGACY_2008
                ? LegacyStatisticsMapper.map(source, forms.family(format))
                : StandardTablesMapper.map(source, forms.form(format), forms.form(ReportFormat.TRIAL_2019));
        FormDefinition form = tables.form();
        // the tables' header can supply what the text lacks (a statistics sheet has no title or signature)
        Metadata merged = new Metadata(m.title(),
                m.organization().isEmpty() ? tables.organization() : m.organization(), m.addressee(),
                m.year() == null ? tables.year() : m.year(), m.date(), m.dateText(), source.published());
        List<ReadNote> notes = new ArrayList<>(source.notes()); // damage read around comes first
        notes.addAll(tables.notes());
        return new Report(format, merged, text.preamble(), text.sections(), tables.cells(), tables.genericTables(),
                tables.signOff(), notes, new Report.SourceInfo(source.fileName(), source.fileType(), form));
    }
}
