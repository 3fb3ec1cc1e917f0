package io.github.disclosurereport.read.source;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds .docx files with POI the way offices print the standard tables: gridSpan, vMerge (restart/continue),
 * gridBefore. The standard-table generators take their labels from a {@link FormTable} through a label
 * function, so a test can print variants (line breaks, bracket widths, truncation) of the official labels.
 */
public final class WordTables {

    /** A printed cell: text (\n = new paragraph), horizontal span, vertical merge (null none, true restart, false continue). */
    public record C(String text, int span, Boolean vMerge) {
    }

    /** A printed row, optionally starting after gridBefore skipped grid columns. */
    public record R(int gridBefore, List<C> cells) {
    }

    public static C c(String text) {
        return new C(text, 1, null);
    }

    public static C span(String text, int n) {
        return new C(text, n, null);
    }

    public static C vStart(String text, int n) {
        return new C(text, n, true);
    }

    public static C vCont(int n) {
        return new C("", n, false);
    }

    public static R row(C... cells) {
        return new R(0, List.of(cells));
    }

    public static R rowAfter(int gridBefore, C... cells) {
        return new R(gridBefore, List.of(cells));
    }

    private final XWPFDocument doc = new XWPFDocument();

    public WordTables paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    public WordTables table(List<R> rows) {
        CTTbl tbl = doc.getDocument().getBody().addNewTbl();
        for (R r : rows) {
            CTRow tr = tbl.addNewTr();
            if (r.gridBefore() > 0) {
                tr.addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(r.gridBefore()));
            }
            for (C cell : r.cells()) {
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                if (cell.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
                }
                if (cell.vMerge() != null) {
                    var vm = pr.addNewVMerge();
                    if (cell.vMerge()) {
                        vm.setVal(STMerge.RESTART);
                    }
                }
                for (String line : cell.text().split("\n", -1)) {
                    tc.addNewP().addNewR().addNewT().setStringValue(line);
                }
            }
        }
        // keep a paragraph between tables, as Word does
        doc.getDocument().getBody().addNewP();
        return this;
    }

    /** Saves and reads the file back through the production .docx reader. */
    public SourceDocument source() throws IOException, ReportReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return new DocxSourceReader(ReadLimits.DEFAULT).read(new ByteArrayInputStream(out.toByteArray()), "synthetic.docx");
    }

    // ---- the standard tables, generated from the form ----

    /** T2: per block a caption row, a header row (信息内容 | columns) and its data rows, in a 4-column grid. */
    public static List<R> t2(FormTable t, Function<String, String> label, BiFunction<FormRow, FormColumn, String> value) {
        List<R> rows = new ArrayList<>();
        for (FormGroup block : t.blocks()) {
            rows.add(row(span(label.apply(block.label()), 4)));
            List<FormColumn> cols = t.columnsOf(block.code());
            List<C> header = new ArrayList<>();
            header.add(c("信息内容"));
            for (int i = 0; i < cols.size(); i++) {
                header.add(span(label.apply(cols.get(i).label()), widthOf(i, cols.size())));
            }
            rows.add(new R(0, header));
            for (FormRow r : t.rowsOf(block.code())) {
                List<C> cells = new ArrayList<>();
                cells.add(c(label.apply(r.label())));
                for (int i = 0; i < cols.size(); i++) {
                    cells.add(span(value.apply(r, cols.get(i)), widthOf(i, cols.size())));
                }
                rows.add(new R(0, cells));
            }
        }
        return rows;
    }

    private static int widthOf(int i, int n) {
        return i == n - 1 ? 3 - (n - 1) : 1; // the last column takes what is left of the 3 value columns
    }

    /** T3: 3 header rows, then each row with its group labels in up to three label columns (vMerge). */
    public static List<R> t3(FormTable t, Function<String, String> label, BiFunction<FormRow, FormColumn, String> value) {
        List<R> rows = new ArrayList<>();
        List<FormColumn> cols = t.columns();
        List<FormColumn> grouped = cols.stream().filter(c -> !c.parent().isEmpty()).toList();
        FormGroup applicant = t.groups().stream().filter(g -> g.kind().equals("group") && g.parent().isEmpty()
                && cols.stream().noneMatch(c -> c.parent().equals(g.code()))
                && t.rows().stream().noneMatch(r -> r.parent().equals(g.code()))).findFirst().orElseThrow();
        FormGroup legal = t.groups().stream().filter(g -> g.code().equals(grouped.get(0).parent())).findFirst()
                .orElseThrow();
        rows.add(row(vStart(label.apply(t.note().orElseThrow()), 3), span(label.apply(applicant.label()), cols.size())));
        List<C> second = new ArrayList<>(List.of(vCont(3)));
        List<C> third = new ArrayList<>(List.of(vCont(3)));
        boolean legalDone = false;
        for (FormColumn col : cols) {
            if (col.parent().isEmpty()) {
                second.add(vStart(label.apply(col.label()), 1));
                third.add(vCont(1));
            } else {
                if (!legalDone) {
                    second.add(span(label.apply(legal.label()), grouped.size()));
                    legalDone = true;
                }
                third.add(c(label.apply(col.label())));
            }
        }
        rows.add(new R(0, second));
        rows.add(new R(0, third));
        List<String> openGroups = new ArrayList<>();
        for (FormRow r : t.rows()) {
            List<FormGroup> chain = chain(r.parent(), t);
            List<C> cells = new ArrayList<>();
            for (int d = 0; d < chain.size(); d++) {
                FormGroup g = chain.get(d);
                boolean first = !openGroups.contains(g.code());
                cells.add(first ? vStart(label.apply(g.label()), 1) : vCont(1));
                if (first) {
                    openGroups.add(g.code());
                }
            }
            cells.add(span(label.apply(r.label()), 3 - chain.size()));
            for (FormColumn col : cols) {
                cells.add(c(value.apply(r, col)));
            }
            rows.add(new R(0, cells));
        }
        return rows;
    }

    public static List<FormGroup> chain(String parent, FormTable t) {
        List<FormGroup> out = new ArrayList<>();
        String code = parent;
        while (code != null && !code.isEmpty()) {
            String c = code;
            FormGroup g = t.groups().stream().filter(x -> x.code().equals(c)).findFirst().orElse(null);
            if (g == null) {
                break;
            }
            out.add(0, g);
            code = g.parent();
        }
        return out;
    }

    /** T4: rows printed as header groups over one data row of rows × columns cells. */
    public static List<R> t4(FormTable t, Function<String, String> label, BiFunction<FormRow, FormColumn, String> value) {
        List<FormColumn> cols = t.columns();
        int n = cols.size();
        List<C> top = new ArrayList<>();
        List<C> second = new ArrayList<>();
        List<C> third = new ArrayList<>();
        List<C> data = new ArrayList<>();
        String openGroup = null;
        for (FormRow r : t.rows()) {
            if (r.parent().isEmpty()) {
                top.add(span(label.apply(r.label()), n));
                for (FormColumn col : cols) {
                    second.add(vStart(label.apply(col.label()), 1));
                    third.add(vCont(1));
                }
            } else {
                if (!r.parent().equals(openGroup)) {
                    openGroup = r.parent();
                    long members = t.rows().stream().filter(x -> x.parent().equals(r.parent())).count();
                    String g = t.groups().stream().filter(x -> x.code().equals(r.parent())).findFirst()
                            .orElseThrow().label();
                    top.add(span(label.apply(g), (int) members * n));
                }
                second.add(span(label.apply(r.label()), n));
                for (FormColumn col : cols) {
                    third.add(c(label.apply(col.label())));
                }
            }
            for (FormColumn col : cols) {
                data.add(c(value.apply(r, col)));
            }
        }
        return List.of(new R(0, top), new R(0, second), new R(0, third), new R(0, data));
    }
}
