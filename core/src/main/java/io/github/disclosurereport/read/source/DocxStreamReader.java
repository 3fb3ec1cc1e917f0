package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.util.LocaleUtil;

import com.ctc.wstx.stax.WstxInputFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;

/**
 * .docx → neutral intermediate read straight from the inflated package parts with StAX: the same blocks and notes
 * as {@link DocxSourceReader} makes through POI's XWPF object model, at a fraction of the cost (POI builds an
 * XMLBeans store and an object for every paragraph, run and cell; this reads document.xml once into a small tree of
 * the elements whose text or structure the intermediate needs, and walks it by XWPF's own rules of what text a
 * paragraph, a cell and a content control have).
 *
 * <p>What it does not reproduce it hands to {@link DocxSourceReader} (the file is then parsed as before): a part
 * that is not well-formed XML or has a DOCTYPE (POI refuses those, and says so), a package without the usual main
 * part, elements nested more than {@value #MAX_DEPTH} deep, notes that refer to notes, phonetic guides (ruby), and
 * tables inside content controls. No DTD is read and no entity resolved here either.
 */
public final class DocxStreamReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "officeDocument";

    /** XWPF refuses deeper documents ("too complex"); handed to it, they are refused as before. */
    static final int MAX_DEPTH = 1000;

    /** The Word elements the walk looks at; any other element is skipped with everything inside it. */
    private static final Set<String> KEPT = Set.of("document", "body", "p", "tbl", "tr", "tc", "sdt", "sdtContent",
            "r", "hyperlink", "fldSimple", "ins", "del", "moveFrom", "moveTo", "smartTag", "t", "delText",
            "instrText", "delInstrText", "fldChar", "ffData", "checkBox", "default", "ptab", "br", "noBreakHyphen",
            "tab", "cr", "footnoteReference", "endnoteReference", "ruby", "pict", "drawing", "rPr", "caps",
            "smallCaps", "tcPr", "gridSpan", "vMerge", "trPr", "gridBefore", "footnotes", "footnote", "endnotes",
            "endnote");

    private static final XMLInputFactory STAX = factory();

    private final ReadLimits limits;
    private final DocxSourceReader xwpf;

    /** @param limits the table and text limits to refuse a document by */
    public DocxStreamReader(ReadLimits limits) {
        this.limits = limits;
        this.xwpf = new DocxSourceReader(limits);
    }

    /** Reads the parts the safety check inflated; a document this reader does not reproduce is read through XWPF. */
    public SourceDocument read(PackageParts parts, String fileName) throws ReportReadException {
        Optional<SourceDocument> streamed = readStreaming(parts, fileName);
        return streamed.isPresent() ? streamed.get() : xwpf.read(parts, fileName);
    }

    /**
     * The document read by this reader alone, or empty where it hands the document to XWPF (see the class comment).
     *
     * @throws ReportReadException when a table is over the limits
     */
    public Optional<SourceDocument> readStreaming(PackageParts parts, String fileName) throws ReportReadException {
        try {
            return Optional.of(new Walk(parts, fileName, limits).source());
        } catch (NotReproduced e) {
            return Optional.empty();
        } catch (LimitRefusals.Exceeded e) {
            throw e.refusal();
        } catch (RuntimeException | StackOverflowError e) {
            // a document this walk did not foresee: XWPF reads it or refuses it in one line, as it always did
            return Optional.empty();
        }
    }

    /**
     * Woodstox, named rather than looked up: the JDK's own StAX parser took half of a .docx read (symbol table,
     * limit checks per character), and a factory found on the class path would depend on what else the application
     * carries. No DTDs, no external entities: a document.xml has neither.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Something XWPF reads (or refuses) by rules this reader does not repeat: the document goes to XWPF. */
    private static final class NotReproduced extends Exception {
        NotReproduced(String why) {
            super(why, null, false, false);
        }
    }

    /** An element kept from a part: its Word local name, the attributes the walk reads, its children, its text. */
    private static final class Node {
        final String name;
        final String val;
        final String id;
        final String fldCharType;
        List<Node> kids = List.of();
        StringBuilder text;

        Node(String name, String val, String id, String fldCharType) {
            this.name = name;
            this.val = val;
            this.id = id;
            this.fldCharType = fldCharType;
        }

        void add(Node kid) {
            if (kids.isEmpty()) {
                kids = new ArrayList<>(4);
            }
            kids.add(kid);
        }

        Node first(String kidName) {
            for (Node k : kids) {
                if (k.name.equals(kidName)) {
                    return k;
                }
            }
            return null;
        }

        boolean isText() {
            return name.equals("t") || name.equals("delText") || name.equals("instrText")
                    || name.equals("delInstrText");
        }
    }

    /** One document's read: the main part found through the package relationships, its body walked once. */
    private static final class Walk {
        private final PackageParts parts;
        private final String fileName;
        private final ReadLimits limits;
        private String main;
        /** The footnotes and the endnotes, read when a paragraph first refers to one. */
        private Map<String, List<Node>> notes;
        private boolean inNote;

        Walk(PackageParts parts, String fileName, ReadLimits limits) {
            this.parts = parts;
            this.fileName = fileName;
            this.limits = limits;
        }

        SourceDocument source() throws NotReproduced {
            main = mainPart();
            byte[] xml = part(main).orElseThrow(() -> new NotReproduced("main part missing"));
            Node document = parse(xml, "document");
            List<SourceBlock> blocks = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (Node body : document.kids) {
                if (!body.name.equals("body")) {
                    continue;
                }
                for (Node e : body.kids) {
                    switch (e.name) {
                        case "p" -> {
                            paragraphs++;
                            blocks.add(new SourceParagraph(paragraphs, paragraphText(e), SourceLocation.paragraph(paragraphs)));
                        }
                        case "tbl" -> blocks.add(grid(e, ++tables));
                        case "sdt" -> {
                            // content controls: their text is kept as paragraphs, one per line (as DocxBody does)
                            for (String line : sdtText(e, true).split("\n")) {
                                paragraphs++;
                                blocks.add(new SourceParagraph(paragraphs, line, SourceLocation.paragraph(paragraphs)));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            return new SourceDocument(fileName, "docx", blocks, missingParts(main));
        }

        // ---- package: main part, relationships, missing parts (as DocxSourceReader.missingParts says them)

        /** The main part's name (no leading slash), from the package relationship XWPF opens by. */
        private String mainPart() throws NotReproduced {
            byte[] rels = part("_rels/.rels").orElseThrow(() -> new NotReproduced("no package relationships"));
            for (String[] rel : relationships(rels)) {
                if (OFFICE_DOCUMENT.equals(rel[0])) {
                    if (!"internal".equalsIgnoreCase(rel[2])) {
                        throw new NotReproduced("external main part");
                    }
                    return partName("/", rel[1]);
                }
            }
            throw new NotReproduced("no main part relationship");
        }

        /**
         * Each relationship's type, target and target mode ("Internal" when not said), in the order OPC keeps
         * them: by id (a later relationship of the same id replaces an earlier one).
         */
        private static List<String[]> relationships(byte[] xml) throws NotReproduced {
            Map<String, String[]> out = new TreeMap<>();
            try {
                XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
                try {
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.DTD) {
                            throw new NotReproduced("DOCTYPE");
                        }
                        if (event == XMLStreamConstants.START_ELEMENT && REL.equals(r.getNamespaceURI())
                                && r.getLocalName().equals("Relationship")) {
                            String type = r.getAttributeValue(null, "Type");
                            String target = r.getAttributeValue(null, "Target");
                            String mode = r.getAttributeValue(null, "TargetMode");
                            String id = r.getAttributeValue(null, "Id");
                            if (type == null || target == null || id == null) {
                                throw new NotReproduced("incomplete relationship");
                            }
                            PackagingURIHelper.toURI(target); // OPC drops a relationship it cannot parse
                            out.put(id, new String[] {type, target, mode == null ? "Internal" : mode});
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | java.net.URISyntaxException | RuntimeException e) {
                throw new NotReproduced("relationships unreadable");
            }
            return List.copyOf(out.values());
        }

        /** A part name (no leading slash) of a relationship target seen from a source part, as OPC resolves it. */
        private static String partName(String sourcePart, String target) throws NotReproduced {
            try {
                URI resolved = PackagingURIHelper.resolvePartUri(new URI(sourcePart.equals("/") ? "/" : "/" + sourcePart),
                        PackagingURIHelper.toURI(target));
                return PackagingURIHelper.createPartName(resolved).getName().substring(1);
            } catch (Exception e) {
                throw new NotReproduced("unresolvable part name");
            }
        }

        /** A part by its name, compared as OPC compares part names (ignoring case). */
        private Optional<byte[]> part(String name) {
            Optional<byte[]> exact = parts.part(name);
            if (exact.isPresent()) {
                return exact;
            }
            for (String n : parts.names()) {
                if (n.equalsIgnoreCase(name)) {
                    return parts.part(n);
                }
            }
            return Optional.empty();
        }

        private List<ReadNote> missingParts(String main) throws NotReproduced {
            List<ReadNote> notes = new ArrayList<>();
            int slash = main.lastIndexOf('/');
            String relsName = main.substring(0, slash + 1) + "_rels/" + main.substring(slash + 1) + ".rels";
            Optional<byte[]> rels = part(relsName);
            List<String[]> relationships = rels.isPresent() ? relationships(rels.get()) : List.of();
            if (relationships.isEmpty()) {
                boolean orphans = parts.names().stream().filter(n -> !n.endsWith("/") && !n.startsWith("[trash]"))
                        .anyMatch(n -> n.startsWith("word/") && !n.equalsIgnoreCase(main));
                if (orphans) {
                    notes.add(DocxSourceReader.relationshipsMissing());
                }
                return notes;
            }
            Set<String> present = new HashSet<>();
            for (String n : parts.names()) {
                try {
                    present.add(PackagingURIHelper.createPartName(ZipHelper.getOPCNameFromZipItemName(n)).getName()
                            .toLowerCase(Locale.ROOT));
                } catch (Exception e) {
                    // an entry OPC does not take for a part (a folder, an invalid name): not present
                }
            }
            for (String[] rel : relationships) {
                if (!"internal".equalsIgnoreCase(rel[2])) {
                    continue;
                }
                String target;
                try {
                    target = partName(main, rel[1]);
                } catch (NotReproduced e) {
                    break; // XWPF's reader stops at a relationship too damaged to resolve, and so does this one
                }
                if (!present.contains(("/" + target).toLowerCase(Locale.ROOT))) {
                    notes.add(DocxSourceReader.partMissing(target));
                }
            }
            return notes;
        }

        // ---- document.xml → a small tree of the kept elements

        /** What becomes of an element's children while parsing. */
        private enum Mode { KEEP, SKIP, PICTURE }

        private static Node parse(byte[] xml, String rootName) throws NotReproduced {
            try {
                XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
                try {
                    return parse(r, rootName);
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | RuntimeException e) {
                throw new NotReproduced("not well-formed: " + e.getMessage());
            }
        }

        private static Node parse(XMLStreamReader r, String rootName) throws XMLStreamException, NotReproduced {
            Node root = null;
            Node[] nodes = new Node[MAX_DEPTH + 2];
            Mode[] modes = new Mode[MAX_DEPTH + 2];
            Node text = null; // the text element being read, if any
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            throw new NotReproduced("nested too deeply");
                        }
                        text = null;
                        boolean word = W.equals(r.getNamespaceURI());
                        String name = r.getLocalName();
                        if (depth == 1) {
                            if (!word || !name.equals(rootName)) {
                                throw new NotReproduced("not a Word document part");
                            }
                            root = new Node(name, null, null, null);
                            nodes[1] = root;
                            modes[1] = Mode.KEEP;
                            continue;
                        }
                        Mode parentMode = modes[depth - 1];
                        Node parent = nodes[depth - 1];
                        if (parentMode == Mode.KEEP && word && KEPT.contains(name)) {
                            if (name.equals("ruby")) {
                                throw new NotReproduced("phonetic guide");
                            }
                            Node n = new Node(name, r.getAttributeValue(W, "val"), r.getAttributeValue(W, "id"),
                                    r.getAttributeValue(W, "fldCharType"));
                            parent.add(n);
                            nodes[depth] = n;
                            modes[depth] = name.equals("pict") || name.equals("drawing") ? Mode.PICTURE : Mode.KEEP;
                            text = n.isText() ? n : null;
                        } else if (parentMode == Mode.PICTURE) {
                            // the text of text boxes and shapes: every w:t inside, in order, under the picture
                            nodes[depth] = parent;
                            modes[depth] = Mode.PICTURE;
                            if (word && name.equals("t")) {
                                Node t = new Node(name, null, null, null);
                                parent.add(t);
                                text = t;
                            }
                        } else {
                            nodes[depth] = null;
                            modes[depth] = Mode.SKIP;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        text = null;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text != null) {
                            if (text.text == null) {
                                text.text = new StringBuilder(r.getTextLength());
                            }
                            text.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new NotReproduced("DOCTYPE or entity"); // XWPF refuses these
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new NotReproduced("empty part");
            }
            return root;
        }

        // ---- text, by XWPF's rules (XWPFParagraph.getText, XWPFRun.toString, XWPFSDTContent.getText)

        /** A paragraph's text as XWPFParagraph.getText gives it. */
        private String paragraphText(Node p) throws NotReproduced {
            List<Node> runs = new ArrayList<>();
            collectRuns(p, runs);
            StringBuilder out = new StringBuilder(64);
            StringBuilder noteText = null;
            for (Node run : runs) {
                if (run.name.equals("sdt")) {
                    out.append(sdtText(run, false));
                    continue;
                }
                if (run.first("delText") == null) { // a deleted run (tracked changes) is not text
                    out.append(runString(run));
                }
                for (Node ref : run.kids) {
                    if (ref.name.equals("footnoteReference") || ref.name.equals("endnoteReference")) {
                        if (noteText == null) {
                            noteText = new StringBuilder();
                        }
                        noteText(ref, noteText);
                    }
                }
            }
            return noteText == null ? out.toString() : out.append(noteText).toString();
        }

        /** A note's text after the paragraph that refers to it, as XWPFParagraph appends it: " [id: text] ". */
        private void noteText(Node ref, StringBuilder out) throws NotReproduced {
            if (inNote) {
                throw new NotReproduced("a note that refers to a note");
            }
            BigInteger id = decimal(ref.id);
            if (ref.id != null && id == null) {
                throw new NotReproduced("note id not a number");
            }
            out.append(" [").append(id).append(": ");
            boolean foot = ref.name.equals("footnoteReference");
            Node note = null;
            for (Node n : notes(foot ? "footnotes" : "endnotes")) {
                BigInteger noteId = decimal(n.id);
                if (noteId != null && noteId.intValue() == (id == null ? 0 : id.intValue())) {
                    note = n;
                    break;
                }
            }
            if (note == null) {
                out.append("!!! End note with ID \"").append(id).append("\" not found in document.");
            } else {
                inNote = true;
                boolean first = true;
                for (Node p : note.kids) {
                    if (p.name.equals("p")) {
                        if (!first) {
                            out.append('\n');
                        }
                        first = false;
                        out.append(paragraphText(p));
                    }
                }
                inNote = false;
            }
            out.append("] ");
        }

        /** The notes of the part the main part's last relationship of that kind names, as XWPF keeps them. */
        private List<Node> notes(String kind) throws NotReproduced {
            if (notes == null) {
                notes = new java.util.HashMap<>();
                int slash = main.lastIndexOf('/');
                Optional<byte[]> rels = part(main.substring(0, slash + 1) + "_rels/" + main.substring(slash + 1) + ".rels");
                Map<String, String> targets = new java.util.HashMap<>();
                for (String[] rel : rels.isPresent() ? relationships(rels.get()) : List.<String[]>of()) {
                    for (String k : new String[] {"footnotes", "endnotes"}) {
                        if (rel[0].equals(RELATIONSHIPS + k) && "internal".equalsIgnoreCase(rel[2])) {
                            String target = partName(main, rel[1]);
                            if (part(target).isPresent()) {
                                targets.put(k, target);
                            }
                        }
                    }
                }
                for (var t : targets.entrySet()) {
                    List<Node> list = new ArrayList<>();
                    String one = t.getKey().substring(0, t.getKey().length() - 1);
                    for (Node n : parse(part(t.getValue()).orElseThrow(), t.getKey()).kids) {
                        if (n.name.equals(one)) {
                            list.add(n);
                        }
                    }
                    notes.put(t.getKey(), list);
                }
            }
            return notes.getOrDefault(kind, List.of());
        }

        /** The runs and run-level content controls of a paragraph, in order, as XWPFParagraph finds them. */
        private static void collectRuns(Node parent, List<Node> out) {
            for (Node o : parent.kids) {
                switch (o.name) {
                    case "r", "sdt" -> out.add(o);
                    case "hyperlink", "fldSimple" -> {
                        for (Node r : o.kids) {
                            if (r.name.equals("r")) {
                                out.add(r);
                            }
                        }
                    }
                    case "ins", "del", "moveFrom", "moveTo" -> {
                        for (Node r : o.kids) {
                            if (r.name.equals("r")) {
                                out.add(r);
                            }
                        }
                        for (Node nested : o.kids) {
                            if (nested.name.equals("ins")) {
                                collectRuns(nested, out);
                            }
                        }
                    }
                    case "smartTag" -> collectRuns(o, out);
                    default -> {
                    }
                }
            }
        }

        /** A run's text as XWPFRun.toString gives it: the text, then the text of its pictures' text boxes. */
        private static String runString(Node run) {
            StringBuilder pictures = new StringBuilder();
            for (String kind : new String[] {"pict", "drawing"}) {
                for (Node pict : run.kids) {
                    if (pict.name.equals(kind)) {
                        for (Node t : pict.kids) {
                            if (t.text != null) {
                                if (pictures.length() > 0) {
                                    pictures.append('\n');
                                }
                                pictures.append(t.text);
                            }
                        }
                    }
                }
            }
            String text = runText(run);
            return pictures.length() == 0 ? text : text + " (\n" + pictures + "\n)";
        }

        private static String runText(Node run) {
            boolean upper = isOn(run, "caps") || isOn(run, "smallCaps");
            StringBuilder text = new StringBuilder(16);
            for (Node o : run.kids) {
                switch (o.name) {
                    case "t", "delText" -> {
                        if (o.text != null) {
                            String value = o.text.toString();
                            text.append(upper ? value.toUpperCase(LocaleUtil.getUserLocale()) : value);
                        }
                    }
                    case "fldChar" -> {
                        Node ffData = "begin".equals(o.fldCharType) ? o.first("ffData") : null;
                        if (ffData != null) {
                            for (Node box : ffData.kids) {
                                if (box.name.equals("checkBox")) {
                                    Node def = box.first("default");
                                    text.append(def != null && def.val != null && onOff(def.val) ? "|X|" : "|_|");
                                }
                            }
                        }
                    }
                    case "ptab", "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('\u2011');
                    case "footnoteReference", "endnoteReference" -> {
                        BigInteger id = decimal(o.id);
                        text.append(o.name.equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:")
                                .append(id == null ? -1 : id.intValue()).append(']');
                    }
                    default -> {
                    }
                }
            }
            return text.toString();
        }

        /** Whether a run's own properties switch a toggle on (an element without a value is on). */
        private static boolean isOn(Node run, String property) {
            Node pr = run.first("rPr");
            Node toggle = pr == null ? null : pr.first(property);
            return toggle != null && (toggle.val == null || onOff(toggle.val));
        }

        private static boolean onOff(String value) {
            return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value) || "x".equalsIgnoreCase(value)
                    || "1".equals(value);
        }

        /** A content control's text as XWPFSDTContent.getText gives it. */
        private String sdtText(Node sdt, boolean block) throws NotReproduced {
            Node content = sdt.first("sdtContent");
            if (content == null) {
                return "";
            }
            List<Node> elements = new ArrayList<>();
            for (Node o : content.kids) {
                boolean element = switch (o.name) {
                    case "r", "sdt" -> true;
                    case "p" -> block;
                    case "tbl" -> {
                        if (block) {
                            throw new NotReproduced("table in a content control");
                        }
                        yield false;
                    }
                    default -> false;
                };
                if (element) {
                    elements.add(o);
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < elements.size(); i++) {
                Node o = elements.get(i);
                boolean newLine = true;
                switch (o.name) {
                    case "p" -> {
                        List<Node> runs = new ArrayList<>();
                        collectRuns(o, runs);
                        for (Node run : runs) {
                            if (run.name.equals("r")) {
                                text.append(runString(run));
                            }
                        }
                    }
                    case "sdt" -> text.append(sdtText(o, block));
                    default -> { // a run
                        text.append(runString(o));
                        newLine = false;
                    }
                }
                if (newLine && i < elements.size() - 1) {
                    text.append('\n');
                }
            }
            return text.toString();
        }

        // ---- tables, as DocxSourceReader.grid builds them

        private SourceTable grid(Node tbl, int number) throws NotReproduced {
            List<int[]> spans = new ArrayList<>(); // per cell: row, col, rowSpan, colSpan
            List<String> texts = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            int rowCount = 0;
            for (Node row : tbl.kids) {
                if (!row.name.equals("tr")) {
                    continue;
                }
                int r = rowCount++;
                int col = gridBefore(row);
                for (Node cell : row.kids) {
                    if (!cell.name.equals("tc")) {
                        continue;
                    }
                    Node pr = cell.first("tcPr");
                    int span = 1;
                    boolean cont = false;
                    if (pr != null) {
                        Node gridSpan = pr.first("gridSpan");
                        if (gridSpan != null) {
                            span = clamp(decimal(gridSpan.val));
                        }
                        Node vMerge = pr.first("vMerge");
                        if (vMerge != null) {
                            // a value that is neither restart nor continue starts a cell of its own
                            cont = vMerge.val == null || vMerge.val.equals("continue");
                        }
                    }
                    while (open.size() < col + span) {
                        open.add(-1);
                    }
                    int above = open.get(col);
                    if (cont && above >= 0 && spans.get(above)[1] == col && spans.get(above)[0] + spans.get(above)[2] == r) {
                        spans.get(above)[2]++;
                    } else {
                        spans.add(new int[] {r, col, 1, span});
                        texts.add(cellText(cell));
                        int idx = spans.size() - 1;
                        for (int k = col; k < col + span; k++) {
                            open.set(k, idx);
                        }
                    }
                    col += span;
                }
            }
            DocxSourceReader.checkSize(number, rowCount, open.size(), fileName, limits);
            List<GridCell> cells = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                cells.add(new GridCell(s[0], s[1], s[2], s[3], texts.get(i)));
            }
            return new SourceTable(number, "", 0, 0, cells);
        }

        private static int gridBefore(Node row) {
            Node pr = row.first("trPr");
            Node before = pr == null ? null : pr.first("gridBefore");
            if (before == null) {
                return 0;
            }
            BigInteger v = decimal(before.val);
            return v == null ? 0 : clamp(v);
        }

        /** A decimal attribute as XMLBeans reads it, or null when missing or not a whole number. */
        private static BigInteger decimal(String value) {
            if (value == null) {
                return null;
            }
            try {
                return new BigInteger(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static int clamp(BigInteger v) {
            if (v == null) {
                return 1;
            }
            return v.bitLength() > 31 ? (v.signum() > 0 ? 64 : 1) : Math.max(1, Math.min(64, v.intValue()));
        }

        /** A cell's paragraphs and nested tables, joined with \n, as DocxSourceReader.cellText joins them. */
        private String cellText(Node cell) throws NotReproduced {
            StringBuilder sb = new StringBuilder();
            for (Node e : cell.kids) {
                String part;
                switch (e.name) {
                    case "p" -> part = paragraphText(e);
                    case "tbl" -> part = nestedTableText(e);
                    case "sdt" -> part = "";
                    default -> {
                        continue;
                    }
                }
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(part);
            }
            return sb.toString();
        }

        /** A nested table's text as XWPFTable.getText gives it: a row's paragraphs tab-separated, rows by \n. */
        private String nestedTableText(Node tbl) throws NotReproduced {
            StringBuilder text = new StringBuilder();
            for (Node row : tbl.kids) {
                if (!row.name.equals("tr")) {
                    continue;
                }
                StringBuilder rowText = new StringBuilder();
                for (Node cell : row.kids) {
                    if (!cell.name.equals("tc")) {
                        continue;
                    }
                    for (Node p : cell.kids) {
                        if (p.name.equals("p")) {
                            if (rowText.length() > 0) {
                                rowText.append('\t');
                            }
                            rowText.append(paragraphText(p));
                        }
                    }
                }
                if (rowText.length() > 0) {
                    text.append(rowText).append('\n');
                }
            }
            return text.toString();
        }
    }
}
