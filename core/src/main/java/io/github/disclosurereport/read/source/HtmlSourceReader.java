package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A web page (.html) → neutral intermediate, parsed by jsoup: block-level text as paragraphs and each outermost
 * {@code <table>} as a logical grid with rowspan/colspan resolved, both numbered in document order like
 * {@link DocxSourceReader} numbers them, so that a finding names the same 第N个表格第R行第C列 as for a .docx twin.
 *
 * <p>The charset is the byte order mark's, else the one named outside the page (an HTTP answer's or a web archive
 * part's header), else jsoup's pick ({@code <meta charset>}, http-equiv, else UTF-8); a page declared
 * GB2312 or GBK is decoded as GB18030, their superset, since older sites declare the one and write the other
 * ({@link HtmlCharsets}).
 *
 * <p>A site's page is read from the report's title on, and when the title stands above the article box, from that
 * box ({@link HtmlReportBlock}); a page with no title is read whole. The tables are {@link HtmlTables}' grids.
 * A site laid out in tables is read through its layout tables ({@link HtmlTables#layoutTables}) to the report's own.
 * Pictures large enough to be a table are kept beside the blocks, so that a table pasted as a picture is named.
 */
public final class HtmlSourceReader implements SourceReader {

    private final ReadLimits limits;

    /** @param limits the table limits to refuse a page by */
    public HtmlSourceReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        return read(SourceReader.allBytes(in, fileName), fileName);
    }

    /** Reads a page's bytes. */
    public SourceDocument read(byte[] content, String fileName) throws ReportReadException {
        return read(content, null, fileName, "html");
    }

    /**
     * Reads a page's bytes that came inside something else (a web archive, an HTTP answer).
     *
     * @param charset  the charset the container names for the page, or null
     * @param fileType what the file was, for the intermediate ("html", "mht")
     */
    public SourceDocument read(byte[] content, String charset, String fileName, String fileType)
            throws ReportReadException {
        Document doc = HtmlCharsets.parse(content, charset, fileName);
        return toSource(doc, fileName, fileType, limits);
    }

    private static SourceDocument toSource(Document doc, String fileName, String fileType, ReadLimits limits) {
        Element body = doc.body() == null ? doc : doc.body();
        Set<Element> layout = HtmlTables.layoutTables(body);
        Walk walk = new Walk(fileName, limits, layout);
        Element title = HtmlReportBlock.reportTitle(body);
        String header = ""; // the site's lines between the title and the report's text (source, 发布时间, views)
        String aboveTitle = ""; // and those above the title
        if (title == null) {
            walk.block(body); // no title to start from: the whole body, as a word processor's export is
        } else {
            aboveTitle = before(body.text(), title.text());
            Element container = HtmlReportBlock.tablesContainer(body, title, layout);
            if (container != null && !title.parents().contains(container)) {
                header = between(body.text(), title.text(), container.text());
                // the site prints the title above the article box (source, date, share buttons between)
                walk.startAt(title);
                walk.block(title);
                walk.flush();
                walk.startAt(container);
                walk.block(container);
            } else {
                walk.startAt(title);
                walk.block(body);
            }
        }
        walk.flush();
        return new SourceDocument(fileName, fileType, walk.blocks, List.of(),
                HtmlPublication.of(doc, header, aboveTitle).orElse(null), walk.images);
    }

    /** The text before the first occurrence of {@code title} within {@code all}, or "". */
    private static String before(String all, String title) {
        int at = all.indexOf(title.strip());
        return at < 0 ? "" : all.substring(0, at);
    }

    /** The text from the end of {@code first} to the start of {@code second} within {@code all}, or "". */
    private static String between(String all, String first, String second) {
        int from = all.indexOf(first.strip());
        if (from < 0) {
            return "";
        }
        from += first.strip().length();
        String start = second.strip().substring(0, Math.min(30, second.strip().length()));
        int to = start.isEmpty() ? -1 : all.indexOf(start, from);
        return to < 0 ? "" : all.substring(from, to);
    }

    /** One pass over the body in document order, collecting paragraphs and tables. */
    private static final class Walk {
        final String fileName;
        final ReadLimits limits;
        final List<SourceBlock> blocks = new ArrayList<>();
        final List<SourceImage> images = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int paragraphs;
        int tables;
        /** Nothing is kept before this node is reached (null: keep from the start). */
        Node start;
        boolean started = true;

        void startAt(Element from) {
            start = from;
            started = false;
            text.setLength(0);
        }

        /** The page's layout tables, read through rather than as grids. */
        final Set<Element> layout;

        Walk(String fileName, ReadLimits limits, Set<Element> layout) {
            this.fileName = fileName;
            this.limits = limits;
            this.layout = layout;
        }

        /** Walks an element's descendants with an explicit stack: no recursion however deep the page nests. */
        void block(Element e) {
            Deque<Node> stack = new ArrayDeque<>();
            if (!started && e == start) {
                started = true;
            }
            HtmlText.pushChildren(stack, e);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (!started && n == start) {
                    text.setLength(0);
                    started = true;
                }
                if (!started) {
                    if (n instanceof Element el && !HtmlText.SKIPPED.contains(el.normalName())) {
                        HtmlText.pushChildren(stack, el); // look for the start inside
                    }
                    continue;
                }
                if (n instanceof HtmlText.BlockEnd) {
                    flush();
                    continue;
                }
                if (n instanceof TextNode t) {
                    HtmlText.appendCollapsed(text, t.getWholeText());
                    continue;
                }
                if (!(n instanceof Element el)) {
                    continue;
                }
                String tag = el.normalName();
                if (HtmlText.SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    text.append('\n');
                    continue;
                }
                if (tag.equals("img")) {
                    picture(el);
                    continue;
                }
                if (tag.equals("table") && layout.contains(el)) {
                    flush(); // its cells are the page's boxes: read through them as through divs
                    stack.push(new HtmlText.BlockEnd());
                    HtmlText.pushChildren(stack, el);
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    tables++;
                    blocks.add(HtmlTables.table(el, tables, fileName, limits));
                    continue;
                }
                if (HtmlText.BLOCKS.contains(tag)) {
                    flush();
                    stack.push(new HtmlText.BlockEnd());
                }
                HtmlText.pushChildren(stack, el);
            }
        }

        /**
         * Keeps a picture large enough to be a table (icons and spacer images of a site's template are not): its
         * address as the page names it, or its description when it is embedded as data.
         */
        void picture(Element img) {
            if (tooSmallForATable(img.attr("width")) || tooSmallForATable(img.attr("height"))) {
                return;
            }
            String src = img.attr("src").strip();
            String address = src.startsWith("data:") ? "嵌入图片" + (img.attr("alt").isBlank() ? ""
                    : "“" + img.attr("alt").strip() + "”") : src;
            if (!address.isEmpty()) {
                images.add(new SourceImage(blocks.size(), address, SourceLocation.paragraph(paragraphs + 1)));
            }
        }

        /** A width or height attribute under 100 pixels: an icon, a bullet, a spacer. */
        private static boolean tooSmallForATable(String size) {
            String digits = size.strip().replaceAll("(?i)px$", "");
            return digits.matches("\\d{1,2}");
        }

        /** Ends the text collected so far as a paragraph (blank text makes none). */
        void flush() {
            String s = HtmlText.clean(text);
            text.setLength(0);
            if (!s.isEmpty()) {
                paragraphs++;
                blocks.add(new SourceParagraph(paragraphs, s, SourceLocation.paragraph(paragraphs)));
            }
        }
    }

}
