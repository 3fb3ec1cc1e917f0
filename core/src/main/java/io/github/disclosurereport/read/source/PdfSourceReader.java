package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.ReportReadException.Reason;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF (printed from Word, WPS or LibreOffice) → neutral intermediate, exactly and without guessing: PDFBox gives
 * the characters with their positions and the lines each page draws; ruled tables become logical grids
 * ({@link PdfTables}, joined over page breaks by {@link PdfTableJoiner}) and the text around them paragraphs, read
 * across line and page breaks, without the pages' headers, footers and page numbers. Tables and paragraphs are
 * numbered in document order as {@link DocxSourceReader} numbers them, and every location names its page.
 *
 * <p>What cannot be read exactly is refused in one line: a scan without a text layer, text in fonts without a
 * Unicode map (garbled), a password-protected file. Not read yet: tables drawn without ruling lines (their text
 * becomes paragraphs), text set vertically.
 */
public final class PdfSourceReader implements SourceReader {

    /** Share of the characters without a Unicode map above which the text is garbled. */
    private static final double GARBLED_SHARE = 0.02;

    private final ReadLimits limits;

    /** @param limits the page, text and table limits to refuse a file by */
    public PdfSourceReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        return read(SourceReader.allBytes(in, fileName), fileName);
    }

    /** Reads a PDF's bytes. */
    public SourceDocument read(byte[] content, String fileName) throws ReportReadException {
        List<PdfPage> pages;
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxTotalBytes()).streamCache)) {
            int count = doc.getNumberOfPages();
            if (count > limits.maxPages()) {
                throw LimitRefusals.exceeded(fileName, "PDF 有 " + count + " 页，超过 " + limits.maxPages() + " 页",
                        "maxPages");
            }
            PdfPageScanner scanner = new PdfPageScanner(limits);
            pages = scanner.scan(doc);
            if (scanner.tooManyCharacters()) {
                throw LimitRefusals.exceeded(fileName, "文档文字超过 " + limits.maxTextChars() + " 个字符", "maxTextChars");
            }
            refuseUnreadable(pages, scanner, fileName, count);
        } catch (ReportReadException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ReportReadException(Reason.ENCRYPTED, fileName + ": PDF 文件设有打开密码（已加密），"
                    + "请去掉密码后另存再读取 / a password-protected PDF; remove the password and save it again", e);
        } catch (LimitRefusals.Exceeded e) {
            throw e.refusal();
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(Reason.CORRUPT, fileName + ": 是 PDF 文件，但已损坏无法读取（可能下载或保存时中断），"
                    + "请重新获取原文件 / a damaged PDF file: " + oneLine(e), e);
        }
        try {
            return new Layout(pages, fileName, limits).document();
        } catch (LimitRefusals.Exceeded e) {
            throw e.refusal();
        }
    }

    private static void refuseUnreadable(List<PdfPage> pages, PdfPageScanner scanner, String fileName, int count)
            throws ReportReadException {
        long glyphs = pages.stream().mapToLong(p -> p.glyphs().size()).sum();
        if (glyphs == 0) {
            int images = pages.stream().mapToInt(PdfPage::images).sum();
            if (images > 0 || count > 0) {
                throw new ReportReadException(Reason.UNSUPPORTED_TYPE, fileName + ": 是扫描件，没有文字层（页面只是图片），"
                        + "无法准确读取其中的文字和数字；请使用报告的 Word 原件或可以复制文字的 PDF / a scanned PDF without a "
                        + "text layer (its pages are images); use the report's Word file or a PDF whose text can be copied");
            }
        }
        if (scanner.unmapped() > 0 && scanner.unmapped() >= GARBLED_SHARE * scanner.shown()) {
            throw new ReportReadException(Reason.CORRUPT, fileName + ": PDF 中的文字使用了没有 Unicode 映射的字体，"
                    + "提取出来是乱码（" + scanner.unmapped() + " 个字符无法识别）；为免读错数字已拒绝读取，请使用报告的 Word 原件 / "
                    + "the PDF's fonts have no Unicode map, so its text comes out garbled; refused rather than read wrong");
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("[\\r\\n\\t]+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** The pages' text and tables as blocks in reading order. */
    private static final class Layout {
        final List<PdfPage> pages;
        final String fileName;
        final ReadLimits limits;
        final List<SourceBlock> blocks = new ArrayList<>();
        /** Per page: its tables, and its lines of text outside them (headers and footers dropped). */
        final List<List<PdfTables.Part>> tables = new ArrayList<>();
        final List<List<List<PdfText.Cell>>> boxTexts = new ArrayList<>();
        final List<List<PdfText.Line>> lines = new ArrayList<>();
        /** Text margins per page width (a landscape page has its own). */
        final Map<Integer, float[]> margins = new HashMap<>();
        float pitch = 1.6f;

        // the block being built
        final StringBuilder paragraph = new StringBuilder();
        int paragraphPage;
        PdfText.Line lastLine;
        int lastLinePage;
        int paragraphLines;
        PdfTableJoiner openTable;
        int paragraphs;
        int tableCount;

        Layout(List<PdfPage> pages, String fileName, ReadLimits limits) {
            this.pages = pages;
            this.fileName = fileName;
            this.limits = limits;
        }

        SourceDocument document() {
            for (PdfPage page : pages) {
                split(page);
            }
            dropRunningLines();
            measure();
            for (int i = 0; i < pages.size(); i++) {
                layOut(i);
            }
            flushParagraph();
            flushTable();
            return new SourceDocument(fileName, "pdf", blocks, List.of());
        }

        /** A page's characters into its tables' cells and its lines of text. */
        private void split(PdfPage page) {
            List<PdfTables.Part> parts = PdfTables.find(page, limits, fileName);
            List<List<List<PdfPage.Glyph>>> inBoxes = new ArrayList<>();
            for (PdfTables.Part p : parts) {
                List<List<PdfPage.Glyph>> boxes = new ArrayList<>();
                p.boxes().forEach(b -> boxes.add(new ArrayList<>()));
                inBoxes.add(boxes);
            }
            List<PdfPage.Glyph> outside = new ArrayList<>();
            for (PdfPage.Glyph g : page.glyphs()) {
                boolean placed = false;
                for (int t = 0; t < parts.size() && !placed; t++) {
                    PdfTables.Part p = parts.get(t);
                    if (!p.contains(g.centerX(), g.centerY())) {
                        continue;
                    }
                    for (int b = 0; b < p.boxes().size(); b++) {
                        if (p.boxes().get(b).contains(g.centerX(), g.centerY())) {
                            inBoxes.get(t).get(b).add(g);
                            placed = true;
                            break;
                        }
                    }
                }
                if (!placed) {
                    outside.add(g);
                }
            }
            List<List<PdfText.Cell>> texts = new ArrayList<>();
            for (int t = 0; t < parts.size(); t++) {
                List<PdfText.Cell> cells = new ArrayList<>();
                for (int b = 0; b < parts.get(t).boxes().size(); b++) {
                    cells.add(PdfText.cell(inBoxes.get(t).get(b), parts.get(t).boxes().get(b).right()));
                }
                texts.add(cells);
            }
            tables.add(parts);
            boxTexts.add(texts);
            lines.add(new ArrayList<>(PdfText.lines(outside)));
        }

        /**
         * Drops page numbers and the running header and footer: lines near the top or bottom edge that are a page
         * number, or that several pages print at the same place (their digits aside).
         */
        private void dropRunningLines() {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                for (PdfText.Line l : lines.get(i)) {
                    if (inMargin(pages.get(i), l)) {
                        seen.merge(runningKey(pages.get(i), l), 1, Integer::sum);
                    }
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                PdfPage page = pages.get(i);
                lines.get(i).removeIf(l -> inMargin(page, l) && (PdfText.isPageNumber(l.text())
                        || pages.size() > 1 && seen.getOrDefault(runningKey(page, l), 0) > 1));
            }
        }

        private static boolean inMargin(PdfPage page, PdfText.Line l) {
            return l.top() < page.height() * 0.09f || l.baseline() > page.height() * 0.9f;
        }

        private static String runningKey(PdfPage page, PdfText.Line l) {
            return (l.baseline() < page.height() / 2 ? "top:" : "bottom:") + l.text().replaceAll("\\d+", "#")
                    .replaceAll("\\s+", "");
        }

        /** The text margins of each page width, and the usual line pitch within a paragraph. */
        private void measure() {
            List<Float> ratios = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                int width = Math.round(pages.get(i).width());
                float[] m = margins.computeIfAbsent(width, w -> new float[] {Float.MAX_VALUE, 0});
                List<PdfText.Line> ls = lines.get(i);
                for (int k = 0; k < ls.size(); k++) {
                    PdfText.Line l = ls.get(k);
                    m[0] = Math.min(m[0], l.left());
                    m[1] = Math.max(m[1], l.right());
                    if (k > 0 && Math.abs(ls.get(k - 1).size() - l.size()) < 0.5f) {
                        float r = (l.baseline() - ls.get(k - 1).baseline()) / l.size();
                        if (r > 0.9f && r < 3f) {
                            ratios.add(r);
                        }
                    }
                }
            }
            if (!ratios.isEmpty()) {
                ratios.sort(null);
                pitch = ratios.get(ratios.size() / 2);
            }
        }

        /** A page's lines and tables in reading order, continuing the paragraph or table the last page ended. */
        private void layOut(int index) {
            PdfPage page = pages.get(index);
            List<PdfTables.Part> parts = tables.get(index);
            List<PdfText.Line> ls = lines.get(index);
            int t = 0;
            for (PdfText.Line l : ls) {
                while (t < parts.size() && parts.get(t).top() < l.top()) {
                    table(parts.get(t), boxTexts.get(index).get(t));
                    t++;
                }
                line(page, l);
            }
            while (t < parts.size()) {
                table(parts.get(t), boxTexts.get(index).get(t));
                t++;
            }
        }

        private void table(PdfTables.Part part, List<PdfText.Cell> texts) {
            flushParagraph();
            if (openTable != null && openTable.continuedBy(part)) { // nothing came between: a line ends the table
                openTable.add(part, texts);
                return;
            }
            flushTable();
            openTable = new PdfTableJoiner(part, texts);
        }

        private void line(PdfPage page, PdfText.Line l) {
            if (openTable != null) {
                flushTable(); // text after a table: the table has ended
            }
            if (lastLine != null && continues(page, l)) {
                PdfText.append(paragraph, l.text());
                paragraphLines++;
            } else {
                flushParagraph();
                paragraph.append(l.text());
                paragraphPage = page.number();
                paragraphLines = 1;
            }
            lastLine = l;
            lastLinePage = page.number();
        }

        /** Whether a line goes on with the paragraph of the line before it (on this page or the last). */
        private boolean continues(PdfPage page, PdfText.Line l) {
            PdfText.Line a = lastLine;
            float size = l.size();
            if (Math.abs(a.size() - size) >= 0.6f || a.bold() != l.bold()) {
                return false; // a heading, a title: another style
            }
            float[] m = margins.get(Math.round(page.width()));
            float[] ma = margins.get(Math.round(pages.stream().filter(p -> p.number() == lastLinePage).findFirst()
                    .orElse(page).width()));
            if (m == null || ma == null || a.right() < ma[1] - 1.5f * a.size()) {
                return false; // the line before ended short: its paragraph ended
            }
            float middle = (m[0] + m[1]) / 2;
            if (lastLinePage == page.number() && a.left() <= m[0] + 1.5f * size
                    && Math.abs((l.left() + l.right()) / 2 - middle) < size && l.left() > m[0] + 0.6f * size) {
                // a centred line under a line that filled the width: a centred title wrapped
                float step = (l.baseline() - a.baseline()) / size;
                return step > 0 && step <= pitch * 1.2f + 0.05f;
            }
            boolean indented = l.left() > m[0] + 0.6f * size
                    && !(paragraphLines > 1 && Math.abs(l.left() - a.left()) < 0.6f * size);
            if (indented || a.left() > ma[0] + 4 * a.size()) {
                return false; // a first-line indent; a centred or right-aligned line (a date, a signature) before
            }
            if (lastLinePage == page.number()) {
                float step = (l.baseline() - a.baseline()) / size;
                return step > 0 && step <= pitch * 1.2f + 0.05f;
            }
            return lastLinePage == page.number() - 1;
        }

        private void flushParagraph() {
            String text = paragraph.toString().strip();
            paragraph.setLength(0);
            lastLine = null;
            if (!text.isEmpty()) {
                paragraphs++;
                blocks.add(new SourceParagraph(paragraphs, text, SourceLocation.paragraph(paragraphs)
                        .onPage(paragraphPage)));
            }
        }

        private void flushTable() {
            if (openTable != null) {
                tableCount++;
                blocks.add(openTable.table(tableCount, limits, fileName));
                openTable = null;
            }
        }
    }
}
