package io.github.disclosurereport.write;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.DocxBody;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a Word document print like an official one, shared by every Word output (convert, fill, correct):
 * tables whose header repeats and whose rows never split, captions and headings kept with what follows, heading
 * styles for the navigation pane, page numbers in the 公文 style (— 1 —) and a title broken at a sensible place.
 */
public final class DocxPrintLayout {

    /** A table this short is kept on one page whole (with its caption); a longer one repeats its header instead. */
    static final int KEEP_WHOLE_ROWS = 16;

    /** Data rows kept with the header of a long table, so that a header never ends a page alone. */
    private static final int DATA_ROWS_WITH_HEADER = 2;

    /** A sub-heading as reports print it: （一）主动公开情况 — short, no sentence end. */
    private static final Pattern SUB_HEADING = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)][^。；;]{1,30}$");

    private DocxPrintLayout() {
    }

    /**
     * Marks a table to print well: rows never split across pages; a short table is kept whole on one page, a long
     * one repeats its header rows on every page and keeps them with its first data rows.
     *
     * @param tbl        the table
     * @param headerRows how many rows at the top are its header (0 when unknown)
     */
    public static void keepTable(CTTbl tbl, int headerRows) {
        int n = tbl.sizeOfTrArray();
        boolean whole = n <= KEEP_WHOLE_ROWS;
        int keepUntil = whole ? n - 1 : Math.min(n - 1, headerRows + DATA_ROWS_WITH_HEADER);
        for (int r = 0; r < n; r++) {
            CTRow row = tbl.getTrArray(r);
            CTTrPr trPr = row.isSetTrPr() ? row.getTrPr() : row.addNewTrPr();
            if (trPr.sizeOfCantSplitArray() == 0) {
                trPr.addNewCantSplit();
            }
            if (!whole && r < headerRows && trPr.sizeOfTblHeaderArray() == 0) {
                trPr.addNewTblHeader();
            }
            if (r < keepUntil) {
                for (CTTc tc : row.getTcArray()) {
                    for (CTP p : tc.getPArray()) {
                        keepWithNext(p);
                    }
                }
            }
        }
    }

    /** Keeps a paragraph on the same page as the next one (a heading or a caption with what it introduces). */
    public static void keepWithNext(CTP p) {
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        if (pPr.isSetKeepNext()) {
            pPr.unsetKeepNext(); // it may say val="0"
        }
        pPr.addNewKeepNext();
    }

    /** Heading level of a body paragraph that prints as a sub-heading (（一）…), else 0. */
    public static int subHeadingLevel(String text) {
        return SUB_HEADING.matcher(text.strip()).matches() ? 2 : 0;
    }

    /**
     * Gives a paragraph the document's heading style of that level (defined when the document lacks one), so that
     * Word's navigation pane and a table of contents list it; its own formatting stays, and it keeps with the next
     * paragraph.
     *
     * @param doc   the document
     * @param p     the heading paragraph
     * @param level 1 for a section heading (一、), 2 for a sub-heading (（一）)
     */
    public static void heading(XWPFDocument doc, XWPFParagraph p, int level) {
        heading(doc, p, level, true);
    }

    private static void heading(XWPFDocument doc, XWPFParagraph p, int level, boolean styles) {
        String ours = styles ? headingStyle(doc, level, p.getStyle()) : null;
        if (ours != null && (p.getStyle() == null || isBasis(doc, ours, p.getStyle()))) {
            p.setStyle(ours);
        } else {
            // the document's own heading style (Word's built-in one is large) or another style of the paragraph
            // would change its look; the outline level alone puts it in the navigation pane and a table of contents
            CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!pPr.isSetOutlineLvl()) {
                pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            }
        }
        keepWithNext(p.getCTP());
    }

    private static boolean isBasis(XWPFDocument doc, String headingId, String styleId) {
        XWPFStyle h = doc.getStyles().getStyle(headingId);
        return h != null && styleId.equals(h.getBasisStyleID());
    }

    /**
     * The id of our "heading N" style — created, based on the style the first such heading has (so it keeps that
     * look) with a Chinese government font (黑体, 楷体) — or null when the document has a heading N style of its
     * own.
     */
    private static String headingStyle(XWPFDocument doc, int level, String basis) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        String id = "DRHeading" + level;
        if (styles.styleExist(id)) {
            return id;
        }
        if (styles.getStyleWithName("heading " + level) != null || styles.getStyleWithName("Heading " + level) != null
                || styles.styleExist("Heading" + level)) {
            return null;
        }
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal("heading " + level);
        XWPFStyle normal = styles.getStyleWithName("Normal");
        String base = basis != null ? basis : normal != null ? normal.getStyleId() : null;
        if (base != null) {
            s.addNewBasedOn().setVal(base);
        }
        if (normal != null) {
            s.addNewNext().setVal(normal.getStyleId());
        }
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral pPr = s.addNewPPr();
        pPr.addNewKeepNext();
        pPr.addNewKeepLines();
        pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTFonts fonts = s.addNewRPr().addNewRFonts();
        String font = level == 1 ? "黑体" : "楷体";
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        styles.addStyle(new XWPFStyle(s, styles));
        return id;
    }

    /**
     * Lays out a document we edited (a filled template, a corrected report) for print: its form tables (header
     * rows known from where the report's first value cell is) kept as {@link #keepTable} says, with the lines
     * that introduce them; its section headings styled and kept with their text, sub-headings too; page numbers.
     *
     * @param doc    the document
     * @param body   its body as read (paragraph and table numbers of {@code report}'s locations)
     * @param report the document read as a report
     * @param styles whether headings may get heading styles (a filled template: yes; a corrected report keeps its
     *               styles part as it was, so its headings get an outline level only)
     */
    public static void apply(XWPFDocument doc, DocxBody body, Report report, boolean styles) {
        Map<Integer, Integer> firstValueRow = new TreeMap<>();
        for (Cell c : report.cells().values()) {
            SourceLocation l = c.location();
            if (l.kind() == SourceLocation.Kind.TABLE_CELL && l.table() > 0) {
                firstValueRow.merge(l.table(), l.row(), Math::min);
            }
        }
        List<XWPFTable> tables = doc.getTables();
        for (Map.Entry<Integer, Integer> e : firstValueRow.entrySet()) {
            if (e.getKey() <= tables.size()) {
                XWPFTable t = tables.get(e.getKey() - 1);
                keepTable(t.getCTTbl(), e.getValue() - 1);
                keepIntroduction(doc, t);
            }
        }
        for (Section s : report.sections()) {
            XWPFParagraph p = s.location().kind() == SourceLocation.Kind.PARAGRAPH
                    ? body.paragraph(s.location().paragraph()) : null;
            if (p != null) {
                heading(doc, p, 1, styles);
            }
        }
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (subHeadingLevel(p.getText()) > 0) {
                heading(doc, p, 2, styles);
            }
        }
        pageNumbers(doc);
    }

    /** Keeps the lines before a table (blank ones and the caption or heading above them) with the table. */
    private static void keepIntroduction(XWPFDocument doc, XWPFTable table) {
        List<IBodyElement> elements = doc.getBodyElements();
        int at = elements.indexOf(table);
        for (int i = at - 1; i >= 0 && i >= at - 4; i--) {
            if (!(elements.get(i) instanceof XWPFParagraph p)) {
                return;
            }
            keepWithNext(p.getCTP());
            if (!p.getText().isBlank()) {
                return;
            }
        }
    }

    /** The text width of the document's (last) section in twentieths of a point; A4 with Word's margins if unset. */
    public static int textWidth(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) {
            return 8306;
        }
        return twips(sect.getPgSz().getW()) - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
    }

    private static int twips(Object value) {
        return value instanceof BigInteger b ? b.intValue() : value == null ? 0 : Integer.parseInt(value.toString());
    }

    /**
     * Adds page numbers in the 公文 style (— 1 —, a PAGE field, 宋体 四号, centred) in a footer, unless the
     * document already has a footer of its own (whatever the user put there stays).
     */
    public static void pageNumbers(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (sect.sizeOfFooterReferenceArray() > 0 || !doc.getFooterList().isEmpty()) {
            return;
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        footerRun(p).setText("— ");
        footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        footerRun(p).getCTR().addNewInstrText().setStringValue(" PAGE ");
        footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        footerRun(p).setText("1");
        footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        footerRun(p).setText(" —");
    }

    private static XWPFRun footerRun(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        r.setFontFamily("宋体");
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia("宋体");
        r.setFontSize(14);
        return r;
    }

    /**
     * The title in lines as a 公文 title is broken: whole when it fits one line, else at a word boundary — after
     * the organization's name or before 政府信息公开… — choosing the break whose longer line is shortest, so
     * that no line is left with a lone character ("告").
     *
     * @param title        the title
     * @param organization the organization's name (a prefix of most titles), may be empty
     * @param capacity     how many Chinese characters fit on one line at the title's size
     * @return one or two lines
     */
    public static List<String> titleLines(String title, String organization, double capacity) {
        String t = title.strip();
        if (width(t) <= capacity) {
            return List.of(t);
        }
        List<Integer> breaks = new ArrayList<>();
        if (!organization.isEmpty() && t.startsWith(organization) && t.length() > organization.length()) {
            breaks.add(organization.length());
        }
        // word boundaries only: 政府信息公开 is one phrase, 工作年度报告 another
        for (String tail : List.of("政府信息公开工作年度报告", "工作年度报告")) {
            int at = t.indexOf(tail);
            if (at > 0) {
                breaks.add(at);
            }
        }
        int best = -1;
        double bestWidth = Double.MAX_VALUE;
        for (int at : breaks) {
            double longer = Math.max(width(t.substring(0, at)), width(t.substring(at)));
            if (longer <= capacity && longer < bestWidth) {
                best = at;
                bestWidth = longer;
            }
        }
        if (best < 0) {
            // no word boundary fits: split in the middle rather than leave a character alone
            best = t.length() / 2;
        }
        return List.of(t.substring(0, best), t.substring(best));
    }

    /**
     * Printed width in Chinese characters, generously: Latin letters and digits take half a character, and where
     * they meet Chinese text Word and WPS add a quarter character of space; plus a margin for bold type.
     */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            boolean latin = s.charAt(i) < 0x2E80;
            w += latin ? 0.5 : 1;
            if (i > 0 && latin != (s.charAt(i - 1) < 0x2E80)) {
                w += 0.25;
            }
        }
        return w * 1.04;
    }
}
