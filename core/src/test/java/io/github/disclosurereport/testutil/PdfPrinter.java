package io.github.disclosurereport.testutil;

import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small typesetter that prints a document's neutral intermediate (read from a .docx) to PDF the way other
 * office suites do, with settings LibreOffice's corpus PDFs do not have: justified lines spread character by
 * character with no space characters (as WPS prints them), first-line indents, a running header and page
 * numbers, landscape pages, table borders drawn as thin filled boxes, headers repeated on every page, merged cells
 * cut by page breaks. Used to make the test PDFs under {@code src/test/resources/pdf} (their texts and tables are
 * the corpus documents'); rerun with:
 *
 * <pre>java -cp ... io.github.disclosurereport.testutil.PdfPrinter CJK.ttf LATIN.ttf OUT_DIR</pre>
 *
 * with TrueType fonts for the Chinese characters (DroidSansFallbackFull.ttf of fonts-droid-fallback) and for the
 * Latin letters, digits and punctuation (DejaVuSans.ttf).
 */
public final class PdfPrinter {

    /** How a document is printed. */
    public record Settings(PDRectangle pageSize, boolean justified, boolean indentFirstLine, String runningHeader,
                           String pageNumber, boolean filledBorders, boolean repeatHeader, float bodySize) {
    }

    private final PDDocument doc;
    private final PDType0Font font;
    private final PDType0Font latin;
    private final Settings settings;
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    private int pages;
    private static final float MARGIN = 64;
    private static File latinFont;

    private PdfPrinter(PDDocument doc, PDType0Font font, PDType0Font latin, Settings settings) {
        this.doc = doc;
        this.font = font;
        this.latin = latin;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        File font = new File(args[0]);
        latinFont = new File(args[1]);
        Path dir = Path.of(args[2]);
        SourceDocument jinhu = Sources.read(Path.of("src/test/resources/corpus/jinhu2023.docx"));
        SourceDocument seed = Sources.read(Path.of("src/test/resources/corpus/seed-2017-huancui-cdpf.docx"));
        print(jinhu, font, new Settings(PDRectangle.A4, true, true, "金湖县人民政府信息公开", "— # —", true, true, 17),
                dir.resolve("jinhu2023-wps-style.pdf"));
        print(jinhu, font, new Settings(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), false,
                false, "", "第 # 页", false, false, 10.5f), dir.resolve("jinhu2023-landscape.pdf"));
        print(seed, font, new Settings(PDRectangle.A4, true, false, "", "-#-", false, true, 14),
                dir.resolve("seed-2017-justified.pdf"));
    }

    /** Prints a document to a PDF file. */
    public static void print(SourceDocument source, File fontFile, Settings settings, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfPrinter p = new PdfPrinter(doc, PDType0Font.load(doc, fontFile), PDType0Font.load(doc, latinFont),
                    settings);
            p.newPage();
            for (SourceBlock b : source.blocks()) {
                if (b instanceof SourceParagraph para) {
                    p.paragraph(para.text(), para.number() == 1);
                } else if (b instanceof SourceTable t) {
                    p.table(t);
                }
            }
            p.out.close();
            doc.getDocumentInformation().setProducer("disclosure-report test PdfPrinter");
            doc.save(target.toFile());
        }
    }

    private float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(settings.pageSize());
        doc.addPage(page);
        pages++;
        out = new PDPageContentStream(doc, page);
        float h = page.getMediaBox().getHeight();
        if (!settings.runningHeader().isEmpty()) {
            text(settings.runningHeader(), MARGIN, h - 36, 9);
            out.addRect(MARGIN, h - 42, width(), 0.5f);
            out.fill();
        }
        if (!settings.pageNumber().isEmpty()) {
            String n = settings.pageNumber().replace("#", Integer.toString(pages));
            text(n, (page.getMediaBox().getWidth() - stringWidth(n, 10)) / 2, 30, 10);
        }
        y = h - MARGIN;
    }

    /** Western characters and punctuation from the Latin font, the rest from the Chinese one (as Word does). */
    private PDType0Font fontOf(int codePoint) {
        return codePoint < 0x2E80 ? latin : font;
    }

    private void text(String s, float x, float baseline, float size) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, baseline);
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            PDType0Font f = fontOf(cp);
            if (f != current && run.length() > 0) {
                out.setFont(current, size);
                out.showText(run.toString());
                run.setLength(0);
            }
            current = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            out.setFont(current, size);
            out.showText(run.toString());
        }
        out.endText();
    }

    private float stringWidth(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += fontOf(cp).getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Lines of at most {@code width}, broken between any two characters (Chinese wraps anywhere). */
    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = stringWidth(ch, size);
                if (w + cw > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(ch);
                w += cw;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void paragraph(String text, boolean title) throws IOException {
        float size = title ? settings.bodySize() + 6 : settings.bodySize();
        float leading = size * 1.6f;
        String t = text.replace("\u3000", "").strip();
        if (t.isEmpty()) {
            return;
        }
        float indent = settings.indentFirstLine() && !title && !t.matches("^[一二三四五六七八九十]+、.*") ? 2 * size : 0;
        List<String> lines = wrap(t, width() - indent, size);
        // wrap again: only the first line is indented
        if (indent > 0 && lines.size() > 1) {
            String first = lines.get(0);
            List<String> rest = wrap(t.substring(first.length()), width(), size);
            lines = new ArrayList<>();
            lines.add(first);
            lines.addAll(rest);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            String line = lines.get(i);
            float x = MARGIN + (i == 0 ? indent : 0);
            float avail = width() - (i == 0 ? indent : 0);
            if (title) {
                text(line, MARGIN + (width() - stringWidth(line, size)) / 2, y, size);
            } else if (settings.justified() && i < lines.size() - 1 && line.codePointCount(0, line.length()) > 1) {
                // spread character by character, as WPS prints a justified line: no space characters at all
                int n = line.codePointCount(0, line.length());
                float extra = (avail - stringWidth(line, size)) / (n - 1);
                for (int k = 0; k < line.length(); ) {
                    int cp = line.codePointAt(k);
                    String ch = new String(Character.toChars(cp));
                    text(ch, x, y, size);
                    x += stringWidth(ch, size) + extra;
                    k += Character.charCount(cp);
                }
            } else {
                text(line, x, y, size);
            }
        }
        y -= size * 0.6f;
    }

    private void table(SourceTable t) throws IOException {
        float size = settings.bodySize() - 1.5f;
        int cols = t.columnCount();
        float[] want = new float[cols];
        for (int c = 0; c < cols; c++) {
            want[c] = 2.5f * size;
            for (int r = 0; r < t.rowCount(); r++) {
                GridCell cell = t.cell(r, c);
                if (cell != null && cell.columnSpan() == 1) {
                    want[c] = Math.max(want[c], Math.min(9 * size, stringWidth(cell.text(), size) + 6));
                }
            }
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        float[] xs = new float[cols + 1];
        xs[0] = MARGIN;
        for (int c = 0; c < cols; c++) {
            xs[c + 1] = xs[c] + want[c] * width() / total;
        }
        float[] heights = new float[t.rowCount()];
        for (int r = 0; r < t.rowCount(); r++) {
            heights[r] = size * 1.8f;
            for (GridCell cell : t.rowCells(r)) {
                if (cell.row() == r && cell.rowSpan() == 1) {
                    int lines = wrap(cell.text(), xs[cell.column() + cell.columnSpan()] - xs[cell.column()] - 6, size)
                            .size();
                    heights[r] = Math.max(heights[r], lines * size * 1.3f + 6);
                }
            }
        }
        int headerRows = 1;
        for (GridCell cell : t.rowCells(0)) {
            headerRows = Math.max(headerRows, cell.rowSpan());
        }
        y -= 4;
        float head = 0;
        for (int h = 0; h <= Math.min(headerRows, t.rowCount() - 1); h++) {
            head += heights[h];
        }
        if (y - head < MARGIN) {
            newPage(); // a word processor keeps a table's header with its first row
        }
        int pageStart = 0; // first row drawn on this page
        float[] tops = new float[t.rowCount() + 1];
        for (int r = 0; r < t.rowCount(); r++) {
            if (y - heights[r] < MARGIN) {
                drawPart(t, xs, tops, pageStart, r, size);
                newPage();
                if (settings.repeatHeader() && r >= headerRows) {
                    float[] headTops = new float[headerRows + 1];
                    headTops[0] = y;
                    for (int h = 0; h < headerRows; h++) {
                        headTops[h + 1] = headTops[h] - heights[h];
                    }
                    drawPart(t, xs, headTops, 0, headerRows, size);
                    y = headTops[headerRows];
                }
                pageStart = r;
            }
            tops[r] = y;
            y -= heights[r];
            tops[r + 1] = y;
        }
        drawPart(t, xs, tops, pageStart, t.rowCount(), size);
        y -= size;
    }

    /** Draws rows [from, to) whose tops are known; a merged cell is cut at the part's edges. */
    private void drawPart(SourceTable t, float[] xs, float[] tops, int from, int to, float size) throws IOException {
        for (GridCell cell : t.cells()) {
            int r0 = Math.max(cell.row(), from);
            int r1 = Math.min(cell.row() + cell.rowSpan(), to);
            if (r0 >= r1) {
                continue;
            }
            float left = xs[cell.column()];
            float right = xs[cell.column() + cell.columnSpan()];
            float top = tops[r0];
            float bottom = tops[r1];
            line(left, top, right, top);
            line(left, bottom, right, bottom);
            line(left, top, left, bottom);
            line(right, top, right, bottom);
            if (cell.row() == r0) { // text only where the cell starts
                float baseline = top - 3 - size;
                for (String l : wrap(cell.text().replace("\u3000", "").strip(), right - left - 6, size)) {
                    text(l, left + 3, baseline, size);
                    baseline -= size * 1.3f;
                }
            }
        }
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        if (settings.filledBorders()) {
            out.addRect(Math.min(x1, x2) - 0.25f, Math.min(y1, y2) - 0.25f, Math.abs(x2 - x1) + 0.5f,
                    Math.abs(y2 - y1) + 0.5f);
            out.fill();
        } else {
            out.setLineWidth(0.5f);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        }
    }
}
