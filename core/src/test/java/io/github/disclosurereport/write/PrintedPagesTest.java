package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.testutil.LibreOffice;
import io.github.disclosurereport.text.Labels;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of Word output, printed by LibreOffice and read page by page: {@code convert} of every corpus report,
 * {@code fill} of the official WPS template from every corpus report, and {@code correct}. No page may start with
 * a table's data rows without the table's header above them, none may end with a heading or a table caption, and
 * each carries its page number (— 1 —). All documents go through one LibreOffice run.
 */
class PrintedPagesTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^—\\s*(\\d+)\\s*—$");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*|[—\\-/]");

    @TempDir
    Path dir;

    @Test
    void noPageStartsWithHeaderlessRowsOrEndsWithAHeadingAndEveryPageIsNumbered() throws Exception {
        LibreOffice.executable();
        DisclosureReports dr = DisclosureReports.defaults();
        List<Path> docs = new ArrayList<>();
        List<Path> inputs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            inputs = s.filter(p -> !p.toString().endsWith(".expected.json") && !p.toString().endsWith(".pdf"))
                    .sorted().toList();
        }
        for (Path in : inputs) {
            Report report = dr.reader().read(in);
            String name = in.getFileName().toString().replace('.', '_');
            Path converted = dir.resolve("convert-" + name + ".docx");
            dr.docxWriter().write(dr.converter().toCurrent(report).report(), converted);
            Path filled = dir.resolve("fill-" + name + ".docx");
            dr.templateFiller().fill(TEMPLATE, report, filled);
            docs.add(converted);
            docs.add(filled);
        }
        // something to correct in each: a blank total, a number in full-width digits
        for (String[] change : List.of(new String[] {"jinhu2023", "T3:R1:total", ""},
                new String[] {"seed-2017-huancui-cdpf", "L:1.2.2", "１０３"})) {
            Path corrected = dir.resolve("correct-" + change[0] + ".docx");
            assertThat(dr.corrector().correct(withCell(change[0], change[1], change[2]), corrected)).isNotEmpty();
            docs.add(corrected);
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(20);

        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        List<Path> printed = LibreOffice.convertAll(docs, "pdf", pdfs);
        Set<String> headerWords = headerWords();
        List<String> problems = new ArrayList<>();
        int withDataRows = 0;
        for (int i = 0; i < docs.size(); i++) {
            Set<String> headings = headings(dr.reader().read(docs.get(i)));
            List<String> pages = LibreOffice.pdfPageTexts(printed.get(i));
            assertThat(pages).as(docs.get(i).getFileName().toString()).isNotEmpty();
            boolean anyDataRow = false;
            for (int n = 0; n < pages.size(); n++) {
                String where = docs.get(i).getFileName() + " p" + (n + 1) + ": ";
                List<String> lines = pages.get(n).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .toList();
                Matcher number = PAGE_NUMBER.matcher(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
                if (!number.matches() || Integer.parseInt(number.group(1)) != n + 1) {
                    problems.add(where + "no page number — " + (n + 1) + " — at its foot");
                    continue;
                }
                lines = lines.subList(0, lines.size() - 1);
                if (lines.isEmpty()) {
                    problems.add(where + "an empty page");
                    continue;
                }
                anyDataRow |= lines.stream().anyMatch(PrintedPagesTest::isDataRow);
                if (n > 0) {
                    // the first lines of a page: data rows only after a header line
                    for (String line : lines.subList(0, Math.min(3, lines.size()))) {
                        if (isHeader(line, headerWords)) {
                            break;
                        }
                        if (isDataRow(line)) {
                            problems.add(where + "starts with table rows without their header: " + line);
                            break;
                        }
                    }
                }
                // (the last page may end with a heading: an empty last section has nothing to keep it with)
                String last = n == pages.size() - 1 ? "" : Labels.key(lines.get(lines.size() - 1));
                for (String h : headings) {
                    if (last.length() >= 2 && (h.equals(last) || h.endsWith(last) && last.length() >= 4)) {
                        problems.add(where + "ends with the heading " + lines.get(lines.size() - 1));
                        break;
                    }
                }
            }
            withDataRows += anyDataRow ? 1 : 0;
        }
        assertThat(problems).isEmpty();
        // the check sees table rows at all (a legacy report converted has blank 2021 tables: no figures to see)
        assertThat(withDataRows).as("documents whose table rows were recognised").isGreaterThanOrEqualTo(docs.size() / 2);
    }

    /** A table data row as pdftotext lays it out: columns apart, the last one a figure (or a dash). */
    private static boolean isDataRow(String line) {
        String[] fields = line.split("\\s{2,}");
        return fields.length >= 2 && NUMBER.matcher(fields[fields.length - 1]).matches()
                && Stream.of(fields).filter(f -> NUMBER.matcher(f).matches()).count() >= 1
                && !PAGE_NUMBER.matcher(line).matches();
    }

    private static boolean isHeader(String line, Set<String> headerWords) {
        String key = Labels.key(line);
        return headerWords.stream().anyMatch(key::contains);
    }

    /** Words of the tables' printed headers (申请人情况, 行政复议, 信息内容, 统计指标 …). */
    private static Set<String> headerWords() {
        Set<String> out = new HashSet<>();
        for (ReportFormat f : ReportFormat.values()) {
            FormDefinition form = Forms.national(f);
            for (FormTable t : form.tables()) {
                for (TableLayout.Cell c : TableLayout.of(form, t.code()).cells()) {
                    String k = Labels.key(c.text());
                    if ((c.kind() == TableLayout.Kind.HEADER || c.kind() == TableLayout.Kind.CAPTION)
                            && k.length() >= 4) {
                        out.add(k.length() > 8 ? k.substring(0, 8) : k);
                    }
                }
            }
        }
        return out;
    }

    /** What must not end a page: section headings, sub-headings (（一）…), table captions. */
    private static Set<String> headings(Report r) {
        Set<String> out = new HashSet<>();
        for (Section s : r.sections()) {
            out.add(Labels.key(s.printedHeading()));
            for (Paragraph p : s.paragraphs()) {
                if (DocxPrintLayout.subHeadingLevel(p.text()) > 0) {
                    out.add(Labels.key(p.text()));
                }
            }
        }
        for (ReportFormat f : ReportFormat.values()) {
            for (FormTable t : Forms.national(f).tables()) {
                out.add(Labels.key(t.caption().heading()));
            }
        }
        out.remove("");
        return out;
    }

    /** A copy of a corpus report with one cell's text changed, so that {@code correct} has something to write. */
    private Path withCell(String name, String id, String text) throws Exception {
        Path source = CORPUS.resolve(name + ".docx");
        var l = DisclosureReports.read(source).cells().get(id).location();
        Path out = dir.resolve(name + "-changed.docx");
        try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in);
             OutputStream os = Files.newOutputStream(out)) {
            DocxCells.setText(DocxBody.of(doc, name, ReadLimits.DEFAULT).table(l.table())
                    .wordCell(l.row() - 1, l.column() - 1), text);
            doc.write(os);
        }
        return out;
    }
}
