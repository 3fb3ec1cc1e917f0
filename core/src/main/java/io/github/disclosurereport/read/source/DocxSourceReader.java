package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * .docx → neutral intermediate through POI's XWPF: body paragraphs and tables, merges resolved from gridSpan and
 * vMerge. The reader of a document opened for editing (its walk is kept for the writer) and of what
 * {@link DocxStreamReader}, which reads every other .docx, hands back; the tests hold the two to the same result.
 */
public final class DocxSourceReader implements SourceReader {

    private final ReadLimits limits;

    /** @param limits the table and text limits to refuse a document by */
    public DocxSourceReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Reads the parts the safety check already inflated: the file is not unzipped a second time. */
    public SourceDocument read(PackageParts parts, String fileName) throws ReportReadException {
        try (OPCPackage pkg = parts.open(); XWPFDocument doc = new XWPFDocument(pkg)) {
            return toSource(doc, fileName, limits);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw PoiFailures.translate(e, fileName, "Word (.docx)");
        }
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            return toSource(doc, fileName, limits);
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.translate(e, fileName, "Word (.docx)");
        }
    }

    private static SourceDocument toSource(XWPFDocument doc, String fileName, ReadLimits limits) {
        return toSource(doc, DocxBody.of(doc, fileName, limits), fileName);
    }

    /** The neutral intermediate of a document whose body was already walked (a writer keeps the walk). */
    public static SourceDocument toSource(XWPFDocument doc, DocxBody body, String fileName) {
        return new SourceDocument(fileName, "docx", body.blocks(), missingParts(doc));
    }

    /**
     * Parts the file itself says it has but lacks (a relationship to a part that is not there, or Word parts that
     * nothing refers to because the main part's relationships are gone): damage a tool or a broken copy did. The
     * text still reads, so the loss is a note. A minimal document that never had such parts gets none.
     */
    private static List<ReadNote> missingParts(XWPFDocument doc) {
        List<ReadNote> notes = new ArrayList<>();
        try {
            PackagePart main = doc.getPackagePart();
            OPCPackage pkg = doc.getPackage();
            if (!main.hasRelationships()) {
                boolean orphans = pkg.getParts().stream().map(p -> p.getPartName().getName())
                        .anyMatch(n -> n.startsWith("/word/") && !n.equals(main.getPartName().getName()));
                if (orphans) {
                    notes.add(relationshipsMissing());
                }
                return notes;
            }
            for (PackageRelationship rel : main.getRelationships()) {
                if (rel.getTargetMode() != TargetMode.INTERNAL) {
                    continue;
                }
                PackagePartName target = PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), rel.getTargetURI()));
                if (!pkg.containPart(target)) {
                    notes.add(partMissing(target.getName().substring(1)));
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            // a relationship too damaged to resolve: POI has already read what it could; nothing more to say
        }
        return notes;
    }

    /** The note for a document whose main part lost its relationships while other Word parts remain. */
    static ReadNote relationshipsMissing() {
        return new ReadNote(ReadNote.Code.PART_MISSING, "文档缺少关系部件 word/_rels/document.xml.rels（文件可能被工具损坏），"
                + "正文和表格已读取，但样式、图片、页眉页脚等无法读取", List.of(), SourceLocation.DOCUMENT);
    }

    /** The note for a part the document refers to but lacks, e.g. {@code word/styles.xml}. */
    static ReadNote partMissing(String partName) {
        return new ReadNote(ReadNote.Code.PART_MISSING, "文档引用的部件 " + partName
                + " 缺失（文件可能被工具损坏），正文和表格已读取，但该部件的内容（样式、图片等）无法读取",
                List.of(), SourceLocation.DOCUMENT);
    }

    /** Builds the logical grid: gridBefore skips columns, gridSpan widens, vMerge=continue extends the cell above. */
    static DocxTable grid(XWPFTable t, int number, String fileName, ReadLimits limits) {
        List<int[]> spans = new ArrayList<>(); // per cell: row, col, rowSpan, colSpan
        List<StringBuilder> texts = new ArrayList<>();
        List<XWPFTableCell> origins = new ArrayList<>();
        // for each grid column, index (into spans) of the cell whose vertical merge is open there
        List<Integer> open = new ArrayList<>();
        List<XWPFTableRow> rows = t.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int col = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean cont = false;
                if (pr != null) {
                    if (pr.isSetGridSpan()) {
                        span = clamp(valueOrNull(() -> pr.getGridSpan().getVal()));
                    }
                    if (pr.isSetVMerge()) {
                        CTVMerge vm = pr.getVMerge();
                        // a value that is neither restart nor continue starts a cell of its own: nothing is lost
                        STMerge.Enum merge = vm.isSetVal() ? valueOrNull(vm::getVal) : STMerge.CONTINUE;
                        cont = merge == STMerge.CONTINUE;
                    }
                }
                while (open.size() < col + span) {
                    open.add(-1);
                }
                Integer above = open.get(col);
                if (cont && above >= 0 && spans.get(above)[1] == col && spans.get(above)[0] + spans.get(above)[2] == r) {
                    spans.get(above)[2]++;
                } else {
                    spans.add(new int[] {r, col, 1, span});
                    texts.add(new StringBuilder(cellText(cell)));
                    origins.add(cell);
                    int idx = spans.size() - 1;
                    for (int k = col; k < col + span; k++) {
                        open.set(k, idx); // a vMerge=continue below extends this cell
                    }
                }
                col += span;
            }
        }
        checkSize(number, rows.size(), open.size(), fileName, limits);
        List<GridCell> cells = new ArrayList<>(spans.size());
        java.util.Map<GridCell, XWPFTableCell> wordCells = new java.util.IdentityHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            GridCell g = new GridCell(s[0], s[1], s[2], s[3], texts.get(i).toString());
            cells.add(g);
            wordCells.put(g, origins.get(i));
        }
        return new DocxTable(new SourceTable(number, "", 0, 0, cells), wordCells);
    }

    /** Refuses a table whose grid (rows × columns) is over the limit before the grid is allocated. */
    static void checkSize(int number, int rows, int columns, String fileName, ReadLimits limits) {
        if ((long) rows * columns > limits.maxTableCells()) {
            throw new LimitRefusals.Exceeded(LimitRefusals.exceeded(fileName, "第 " + number + " 个表格过大（" + rows
                    + " 行 × " + columns + " 列，超过 " + limits.maxTableCells() + " 个单元格）", "maxTableCells"));
        }
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr != null && pr.sizeOfGridBeforeArray() > 0) {
            BigInteger v = valueOrNull(() -> pr.getGridBeforeArray(0).getVal());
            return v == null ? 0 : clamp(v);
        }
        return 0;
    }

    /**
     * An attribute's value, or null when the file holds something that is not a value of its type (gridSpan="abc"):
     * XMLBeans throws only when the value is asked for, and one bad attribute must not make the document unreadable.
     */
    private static <T> T valueOrNull(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException e) {
            return null;
        }
    }

    private static int clamp(BigInteger v) {
        if (v == null) {
            return 1;
        }
        // a damaged or hostile file may claim absurd spans; a real report never spans more than a few dozen
        return v.bitLength() > 31 ? (v.signum() > 0 ? 64 : 1) : Math.max(1, Math.min(64, v.intValue()));
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : cell.getBodyElements()) {
            String part = e instanceof XWPFParagraph p ? p.getText()
                    : e instanceof XWPFTable nested ? nested.getText() : "";
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
