package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page (.html) → neutral intermediate, parsed by jsoup: block-level text as paragraphs and each outermost
 * {@code <table>} as a logical grid with rowspan/colspan resolved, both numbered in document order like
 * {@link DocxSourceReader} numbers them, so that a finding names the same 第N个表格第R行第C列 as for a .docx twin.
 *
 * <p>The charset is jsoup's pick (byte order mark, {@code <meta charset>}, http-equiv, else UTF-8); a page declared
 * GB2312 or GBK is decoded as GB18030, their superset, since older sites declare the one and write the other.
 *
 * <p>A site's page is read from the report's title on ({@link #reportTitle}), and when the title stands above the
 * article box, from that box ({@link #tablesContainer}); a page with no title is read whole. Not done yet: the
 * page's publication date, tables printed as images, layout-table sites (their report tables are nested, and a
 * nested table is read as its cell's text).
 */
public final class HtmlSourceReader implements SourceReader {

    /** Elements whose content is never report text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "select", "button", "textarea", "nav", "head", "title", "svg", "math");
    /** Elements that end the text before them and start their own (everything else is read inline). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "address", "section", "article", "header", "footer", "aside",
            "main", "figure", "figcaption", "center", "form", "fieldset", "hr", "body", "html", "caption", "tr",
            "td", "th", "thead", "tbody", "tfoot", "table", "legend", "details", "summary");
    /** A report's title: a year, then the word 报告 (…2023年度政府信息公开工作年度报告). */
    private static final Pattern TITLE = Pattern.compile(
            "(?:19|20)\\d{2}[\\s\\u3000]*年.*(?:报告|年报)");
    /** Most nodes looked at for one title candidate. */
    private static final int MAX_TITLE_NODES = 300;
    /** More outermost tables than this after the title give no article box (a page of layout tables, or hostile). */
    private static final int MAX_ARTICLE_TABLES = 200;
    /** Declarations that older sites write for what is GB18030 (or a GBK subset of it). */
    private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "windows-936",
            "euc-cn", "x-euc-cn", "csgb2312", "iso-ir-58", "chinese", "ms936");
    /** A hostile page may claim absurd spans; a real report never spans more than a few dozen. */
    private static final int MAX_SPAN = 64;

    private final ReadLimits limits;

    /** @param limits the table limits to refuse a page by */
    public HtmlSourceReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        try {
            return read(in.readAllBytes(), fileName);
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    fileName + ": 无法读取 / cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a page's bytes. */
    public SourceDocument read(byte[] content, String fileName) throws ReportReadException {
        Document doc = parse(content, fileName);
        return toSource(doc, fileName, limits);
    }

    /**
     * jsoup's parse with jsoup's charset pick; re-read as GB18030 when the page declares a GB2312/GBK charset, or
     * declares nothing and its bytes are GB18030 but not UTF-8 (older sites leave the declaration out).
     */
    static Document parse(byte[] content, String fileName) throws ReportReadException {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(content), null, "", Parser.htmlParser());
            String declared = doc.charset().name().toLowerCase(Locale.ROOT);
            boolean gb = GB_FAMILY.contains(declared)
                    || declared.equals("utf-8") && !declaresCharset(doc, content) && !decodes(content, "UTF-8")
                    && decodes(content, "GB18030");
            if (gb && Charset.isSupported("GB18030")) {
                doc = Jsoup.parse(new ByteArrayInputStream(content), "GB18030", "", Parser.htmlParser());
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName + ": 网页（HTML）无法解析 / "
                    + "the web page cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** A byte order mark, {@code <meta charset>} or an http-equiv content type naming a charset. */
    private static boolean declaresCharset(Document doc, byte[] c) {
        boolean bom = c.length >= 2 && ((c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE
                || (c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF)
                || c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF;
        return bom || doc.select("meta[charset]").size() > 0 || doc.select("meta[content]").stream()
                .anyMatch(m -> m.attr("content").toLowerCase(Locale.ROOT).contains("charset="));
    }

    /** Whether the bytes are valid text in the charset (strict: no malformed or unmappable sequence). */
    private static boolean decodes(byte[] content, String charset) {
        try {
            Charset.forName(charset).newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException | RuntimeException e) {
            return false;
        }
    }

    private static SourceDocument toSource(Document doc, String fileName, ReadLimits limits) {
        Element body = doc.body() == null ? doc : doc.body();
        Walk walk = new Walk(fileName, limits);
        Element title = reportTitle(body);
        if (title == null) {
            walk.block(body); // no title to start from: the whole body, as a word processor's export is
        } else {
            Element container = tablesContainer(body, title);
            if (container != null && !title.parents().contains(container)) {
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
        return new SourceDocument(fileName, "html", walk.blocks);
    }

    /**
     * The page's report title: the first innermost element (outside links and chrome) whose text names a year's
     * report ({@code …2023年…报告}) and is short and unpunctuated like a title; null when there is none. A site's
     * navigation comes before it in the page, so the report is read from here on.
     */
    static Element reportTitle(Element body) {
        for (Element e : body.getAllElements()) {
            String text = shortText(e);
            if (text.length() < 8 || text.length() > 80 || !TITLE.matcher(text).find()
                    || text.matches(".*[。；;！!？?，,].*")) {
                continue;
            }
            boolean innermost = true;
            for (Element child : e.children()) {
                if (shortText(child).equals(text)) {
                    innermost = false;
                    break;
                }
            }
            if (innermost && !holdsBlocksOrLinks(e) && !inChrome(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * An element's text, whitespace collapsed and trimmed — or, once longer than any title, cut there: a title
     * candidate's text is never built for the whole page.
     */
    private static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, e);
        int visited = 0;
        while (!stack.isEmpty() && sb.length() <= 81) {
            if (++visited > MAX_TITLE_NODES) {
                return ""; // a title is a few runs of text, not a subtree this large
            }
            Node n = stack.pop();
            if (n instanceof TextNode t) {
                appendCollapsed(sb, t.getWholeText());
            } else if (n instanceof Element el && !SKIPPED.contains(el.normalName())) {
                pushChildren(stack, el);
            }
        }
        return sb.toString().strip();
    }

    /** Block children or links inside: a container of several lines or a menu, not a title's own element. */
    private static boolean holdsBlocksOrLinks(Element e) {
        Deque<Element> stack = new ArrayDeque<>(e.children());
        int visited = 0;
        while (!stack.isEmpty()) {
            if (++visited > MAX_TITLE_NODES) {
                return true;
            }
            Element c = stack.pop();
            String tag = c.normalName();
            if (BLOCKS.contains(tag) && !tag.equals("p") || tag.equals("a") && !c.text().isBlank()) {
                return true;
            }
            stack.addAll(c.children());
        }
        return false;
    }

    /** Inside a link, a script or a navigation element: never the report's own text. */
    private static boolean inChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("a") || tag.equals("title") || SKIPPED.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost element holding every outermost table after the title — the article body a site pastes the
     * report into (its {@code TRS_Editor}, {@code article}, {@code content} box, found without knowing its name) —
     * or null when fewer than two tables give no reliable box.
     */
    static Element tablesContainer(Element body, Element title) {
        List<Element> tables = new ArrayList<>();
        boolean after = false;
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty() && tables.size() <= MAX_ARTICLE_TABLES) {
            Element e = stack.pop();
            if (e == title) {
                after = true;
            }
            if (e.normalName().equals("table")) {
                if (after) {
                    tables.add(e); // outermost: the walk does not go into tables
                }
                continue;
            }
            List<Element> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        if (tables.size() > MAX_ARTICLE_TABLES) {
            return null;
        }
        if (tables.size() < 2) {
            return null;
        }
        List<Element> common = new ArrayList<>(tables.get(0).parents()); // innermost first
        for (Element t : tables.subList(1, tables.size())) {
            List<Element> ancestors = t.parents();
            common.removeIf(a -> !ancestors.contains(a));
        }
        return common.isEmpty() ? null : common.get(0);
    }

    /** One pass over the body in document order, collecting paragraphs and tables. */
    private static final class Walk {
        final String fileName;
        final ReadLimits limits;
        final List<SourceBlock> blocks = new ArrayList<>();
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

        Walk(String fileName, ReadLimits limits) {
            this.fileName = fileName;
            this.limits = limits;
        }

        /** Walks an element's descendants with an explicit stack: no recursion however deep the page nests. */
        void block(Element e) {
            Deque<Node> stack = new ArrayDeque<>();
            if (!started && e == start) {
                started = true;
            }
            pushChildren(stack, e);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (!started && n == start) {
                    text.setLength(0);
                    started = true;
                }
                if (!started) {
                    if (n instanceof Element el && !SKIPPED.contains(el.normalName())) {
                        pushChildren(stack, el); // look for the start inside
                    }
                    continue;
                }
                if (n instanceof BlockEnd) {
                    flush();
                    continue;
                }
                if (n instanceof TextNode t) {
                    appendCollapsed(text, t.getWholeText());
                    continue;
                }
                if (!(n instanceof Element el)) {
                    continue;
                }
                String tag = el.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    text.append('\n');
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    tables++;
                    blocks.add(table(el, tables, fileName, limits));
                    continue;
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                    stack.push(new BlockEnd());
                }
                pushChildren(stack, el);
            }
        }

        /** Ends the text collected so far as a paragraph (blank text makes none). */
        void flush() {
            String s = clean(text);
            text.setLength(0);
            if (!s.isEmpty()) {
                paragraphs++;
                blocks.add(new SourceParagraph(paragraphs, s, SourceLocation.paragraph(paragraphs)));
            }
        }
    }

    /** Marks where a block element ends while walking with a stack. */
    private static final class BlockEnd extends TextNode {
        BlockEnd() {
            super("");
        }
    }

    private static void pushChildren(Deque<Node> stack, Element e) {
        List<Node> children = e.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    /** HTML whitespace collapsed to one space; a no-break space is a space too. */
    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    /** Each line trimmed of the spaces HTML layout leaves; blank lines at the start and end dropped. */
    private static String clean(CharSequence raw) {
        String[] lines = raw.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.strip());
        }
        return out.toString().strip();
    }

    /** The text of a table cell: its blocks and {@code <br>}s as line breaks, a nested table's rows as lines. */
    private static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, cell);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof BlockEnd) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                continue;
            }
            if (n instanceof TextNode t) {
                appendCollapsed(sb, t.getWholeText());
                continue;
            }
            if (!(n instanceof Element el) || SKIPPED.contains(el.normalName())) {
                continue;
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                sb.append('\n');
                continue;
            }
            if (BLOCKS.contains(tag)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                stack.push(new BlockEnd());
            }
            pushChildren(stack, el);
        }
        return clean(sb);
    }

    /**
     * The logical grid of an outermost table: the HTML table model's slot filling — each cell takes the next free
     * column of its row, rowspan reserves columns of the rows below (0 or beyond the table: to the table's end).
     * Rows of nested tables belong to their cell's text, not to this grid.
     */
    static SourceTable table(Element table, int number, String fileName, ReadLimits limits) {
        List<Element> rows = rowsOf(table);
        List<int[]> spans = new ArrayList<>(); // per cell: row, col, rowSpan, colSpan
        List<String> texts = new ArrayList<>();
        List<BitSet> taken = new ArrayList<>(); // per row: grid columns covered by cells from rows above or this one
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new BitSet());
        }
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                col = taken.get(r).nextClearBit(col);
                int colSpan = span(cell.attr("colspan"), MAX_SPAN);
                int rowSpan = span(cell.attr("rowspan"), rows.size() - r);
                if (cell.attr("rowspan").strip().equals("0")) {
                    rowSpan = rows.size() - r; // HTML: 0 spans to the end of the table section
                }
                columns = Math.max(columns, col + colSpan);
                DocxSourceReader.checkSize(number, rows.size(), columns, fileName, limits);
                for (int k = r; k < r + rowSpan; k++) {
                    taken.get(k).set(col, col + colSpan);
                }
                spans.add(new int[] {r, col, rowSpan, colSpan});
                texts.add(cellText(cell));
                col += colSpan;
            }
        }
        List<GridCell> cells = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            cells.add(new GridCell(s[0], s[1], s[2], s[3], texts.get(i)));
        }
        return new SourceTable(number, "", 0, 0, cells);
    }

    /** The table's own rows: directly, or inside thead/tbody/tfoot — not those of tables nested in its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** A span attribute as a number from 1 to max; anything unreadable is 1. */
    private static int span(String value, int max) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && end < 9 && Character.isDigit(v.charAt(end)) && v.charAt(end) < 128) {
            end++;
        }
        if (end == 0) {
            return 1;
        }
        int n = Integer.parseInt(v.substring(0, end));
        return Math.max(1, Math.min(Math.max(1, max), n));
    }
}
