package io.github.disclosurereport.hostile;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException.Reason;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report damaged in transit or by a careless tool: what can be read is read, and the damage is said as a note;
 * a document too damaged to be a report is refused with one line.
 */
class DamagedReportTest {

    private static final String REPORT = "jinhu2023.docx";

    private static Map<String, BigDecimal> values(Report r) {
        Map<String, BigDecimal> v = new TreeMap<>();
        for (Cell c : r.cells().values()) {
            if (c.value() != null) {
                v.put(c.id(), c.value());
            }
        }
        return v;
    }

    private static Report intact() {
        return Outcome.read(HostileFiles.corpus(REPORT), REPORT).report();
    }

    private static Report read(ZipParts damaged) {
        Outcome o = Outcome.read(damaged.toBytes(), REPORT);
        assertThat(o.refusal()).as("refusal").isNull();
        return o.report();
    }

    @Test
    void withoutItsStylesTheReportReadsAndSaysSo() {
        Report r = read(ZipParts.of(HostileFiles.corpus(REPORT)).remove("word/styles.xml"));
        assertThat(values(r)).isEqualTo(values(intact())).isNotEmpty();
        assertThat(r.notes()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo(ReadNote.Code.PART_MISSING);
            assertThat(n.message()).contains("word/styles.xml");
        });
    }

    @Test
    void withoutTheDocumentRelationshipsTheReportReadsAndSaysSo() {
        Report r = read(ZipParts.of(HostileFiles.corpus(REPORT)).remove("word/_rels/document.xml.rels"));
        assertThat(values(r)).isEqualTo(values(intact()));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo(ReadNote.Code.PART_MISSING));
    }

    @Test
    void aCutDocumentIsRefusedWithOneLine() {
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        String xml = z.text("word/document.xml");
        Outcome o = Outcome.read(z.put("word/document.xml", xml.substring(0, xml.length() / 2)).toBytes(), REPORT);
        assertThat(o.refusal()).isNotNull();
        assertThat(o.refusal().reason()).isEqualTo(Reason.CORRUPT);
        assertThat(o.refusal().getMessage()).startsWith(REPORT + ": ").contains("损坏").doesNotContain("\n");
    }

    @Test
    void aDocumentWithoutItsMainPartIsRefusedWithOneLine() {
        Outcome o = Outcome.read(ZipParts.of(HostileFiles.corpus(REPORT)).remove("word/document.xml").toBytes(),
                REPORT);
        assertThat(o.refusal()).isNotNull();
        assertThat(o.refusal().getMessage()).doesNotContain("\n");
    }

    @Test
    void continuedMergesWithoutARestartStillRead() {
        // the merges are continued, but none was ever started: the cell above is taken as the start
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        String xml = z.text("word/document.xml").replace("<w:vMerge w:val=\"restart\"/>", "");
        assertThat(xml).contains("<w:vMerge w:val=\"continue\"/>");
        Report r = read(z.put("word/document.xml", xml));
        assertThat(values(r)).isEqualTo(values(intact()));
    }

    @Test
    void aSpanWiderThanTheGridIsClamped() {
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        String xml = z.text("word/document.xml").replaceAll("<w:gridSpan w:val=\"\\d+\"/>",
                "<w:gridSpan w:val=\"2147483647\"/>");
        Report r = read(z.put("word/document.xml", xml));
        assertThat(values(r)).isNotEmpty();
    }

    @Test
    void spanAndMergeValuesOfTheWrongTypeDoNotSpoilTheDocument() {
        // XMLBeans only objects when such a value is asked for; one bad attribute used to make the file unreadable
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        String xml = z.text("word/document.xml").replaceFirst("<w:gridSpan w:val=\"\\d+\"/>",
                "<w:gridSpan w:val=\"abc\"/>").replaceFirst("<w:vMerge w:val=\"continue\"/>",
                "<w:vMerge w:val=\"bogus\"/>");
        Report r = read(z.put("word/document.xml", xml));
        assertThat(values(r)).isNotEmpty();
    }

    @Test
    void aDuplicatedPartIsRefusedAsTamperedWith() {
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        z.parts.add(new ZipParts.Part("word/document.xml", HostileFiles.corpus("wuhan-eeb2020.docx")));
        Outcome o = Outcome.read(z.toBytesAllowingDuplicates(), REPORT);
        assertThat(o.refusal()).isNotNull();
        assertThat(o.refusal().reason()).isEqualTo(Reason.CORRUPT);
        assertThat(o.refusal().getMessage()).contains("同名部件 word/document.xml").doesNotContain("\n");
    }

    @Test
    void garbageInCellsStaysText() {
        Report before = intact();
        Cell target = before.cells().values().stream().filter(c -> c.value() != null
                && c.value().signum() > 0).findFirst().orElseThrow();
        ZipParts z = ZipParts.of(HostileFiles.corpus(REPORT));
        // the first table cell holding exactly that number gets control characters and a broken surrogate
        String xml = z.text("word/document.xml");
        String printed = "<w:t>" + target.raw() + "</w:t>";
        assertThat(xml).contains(printed);
        String garbage = "<w:t>\uFFFD\u202E" + target.raw() + "\u0001？</w:t>".replace("\u0001", "");
        Report r = read(z.put("word/document.xml", xml.replaceFirst(java.util.regex.Pattern.quote(printed),
                java.util.regex.Matcher.quoteReplacement(garbage))));
        assertThat(r.cells().size()).isEqualTo(before.cells().size());
        long text = r.cells().values().stream().filter(c -> c.state() == CellState.TEXT).count();
        assertThat(text).isGreaterThanOrEqualTo(1);
    }
}
