package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * One report from a narrative and its statistics attachment saved apart (a legacy report's 统计表 as its own
 * .xls): the text, title and signature from the narrative, every table from the attachment — so that the rules that
 * compare text with tables (N1, N2) compare across the two files.
 */
public final class ReportWithAttachment {

    private ReportWithAttachment() {
    }

    /**
     * The two as one report. The narrative's notes about its own tables (a table missing, a row missing …) are
     * dropped, since its tables are replaced; the attachment's notes are kept. Metadata the narrative lacks
     * (organization, year) is taken from the attachment's header.
     *
     * @param narrative  the report whose text is kept
     * @param statistics the file whose tables are kept
     * @return the joined report; its source names both files
     */
    public static Report merge(Report narrative, Report statistics) {
        Metadata n = narrative.metadata();
        Metadata s = statistics.metadata();
        Metadata metadata = new Metadata(n.title().isEmpty() ? s.title() : n.title(),
                n.organization().isEmpty() ? s.organization() : n.organization(),
                n.addressee().isEmpty() ? s.addressee() : n.addressee(),
                n.year() == null ? s.year() : n.year(), n.date() == null ? s.date() : n.date(),
                n.date() == null ? s.dateText() : n.dateText(), n.published());
        boolean tables = !statistics.cells().isEmpty() || !statistics.genericTables().isEmpty();
        Report tablesFrom = tables ? statistics : narrative;
        List<ReadNote> notes = new ArrayList<>();
        for (ReadNote note : narrative.notes()) {
            // the narrative's notes on its own tables go with them; those on the file itself stay
            if (!tables || note.code() == ReadNote.Code.PART_MISSING
                    || note.code() == ReadNote.Code.CONTENT_NOT_AS_NAMED) {
                notes.add(note);
            }
        }
        if (tables) {
            notes.addAll(statistics.notes());
        }
        Report.SourceInfo source = new Report.SourceInfo(
                narrative.source().fileName() + " + " + statistics.source().fileName(), narrative.source().fileType(),
                tablesFrom.source().form());
        return new Report(tablesFrom.format(), metadata, narrative.preamble(), narrative.sections(),
                tablesFrom.cells(), tablesFrom.genericTables(), tables ? statistics.signOff() : narrative.signOff(),
                notes, source);
    }
}
