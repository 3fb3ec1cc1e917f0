package io.github.disclosurereport.write.xlsx;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles and fonts of one workbook, created once and shared by all its sheets: 宋体 throughout, thin
 * borders inside tables, and a light yellow fill on the cells a user may fill in (the only unlocked ones).
 */
final class WorkbookStyles {

    private static final String FONT = "宋体";
    private static final short BASE_POINTS = 11;
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xFB, (byte) 0xE6};

    private final XSSFWorkbook wb;
    private final Map<String, XSSFFont> fonts = new HashMap<>();
    private final Map<String, XSSFCellStyle> indented = new HashMap<>();

    final XSSFCellStyle title;
    final XSSFCellStyle plain;
    final XSSFCellStyle right;
    final XSSFCellStyle caption;
    final XSSFCellStyle header;
    final XSSFCellStyle note;
    final XSSFCellStyle label;
    final XSSFCellStyle groupLabel;
    final XSSFCellStyle centered;
    final XSSFCellStyle border;
    final XSSFCellStyle input;
    final XSSFCellStyle money;
    final XSSFCellStyle formula;
    final XSSFCellStyle infoInput;
    /** A total kept as the report printed it although its parts sum to something else: bold, on orange. */
    final XSSFCellStyle disagreeing;

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont normal = font(false, BASE_POINTS);
        XSSFFont bold = font(true, BASE_POINTS);
        title = style(font(true, (short) 16), HorizontalAlignment.CENTER, false);
        plain = style(normal, HorizontalAlignment.LEFT, false);
        plain.setWrapText(true);
        right = style(normal, HorizontalAlignment.RIGHT, false);
        caption = style(bold, HorizontalAlignment.LEFT, true);
        fill(caption, new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2});
        header = style(bold, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        note = style(font(false, (short) 10), HorizontalAlignment.CENTER, true);
        note.setWrapText(true);
        label = style(normal, HorizontalAlignment.LEFT, true);
        label.setWrapText(true);
        groupLabel = style(normal, HorizontalAlignment.CENTER, true);
        groupLabel.setWrapText(true);
        centered = style(normal, HorizontalAlignment.CENTER, true);
        border = style(normal, HorizontalAlignment.CENTER, true);
        input = style(normal, HorizontalAlignment.CENTER, true);
        input.setLocked(false);
        input.setDataFormat(wb.createDataFormat().getFormat("0"));
        fill(input, INPUT_FILL);
        money = style(normal, HorizontalAlignment.CENTER, true);
        money.setLocked(false);
        // General: every decimal the report printed (5949.088667), none added to a whole amount
        money.setDataFormat(wb.createDataFormat().getFormat("General"));
        fill(money, INPUT_FILL);
        formula = style(bold, HorizontalAlignment.CENTER, true);
        formula.setDataFormat(wb.createDataFormat().getFormat("0"));
        disagreeing = style(bold, HorizontalAlignment.CENTER, true);
        disagreeing.setLocked(false);
        disagreeing.setDataFormat(wb.createDataFormat().getFormat("General"));
        fill(disagreeing, new byte[] {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD});
        infoInput = style(normal, HorizontalAlignment.LEFT, true);
        infoInput.setLocked(false);
        infoInput.setWrapText(true);
        fill(infoInput, INPUT_FILL);
    }

    /** A legacy 统计表 label: indented by its depth in the form, bold when it heads rows without a value. */
    XSSFCellStyle indented(int depth, boolean heading) {
        return indented.computeIfAbsent(depth + ":" + heading, k -> {
            XSSFCellStyle s = style(font(heading, BASE_POINTS), HorizontalAlignment.LEFT, true);
            s.setIndention((short) Math.min(depth * 2, 15));
            s.setWrapText(true);
            return s;
        });
    }

    private XSSFFont font(boolean bold, short points) {
        return fonts.computeIfAbsent(bold + ":" + points, k -> {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setCharSet(FontCharset.GB2312.getNativeId());
            f.setFontHeightInPoints(points);
            f.setBold(bold);
            return f;
        });
    }

    private XSSFCellStyle style(Font font, HorizontalAlignment align, boolean bordered) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private static void fill(XSSFCellStyle s, byte[] rgb) {
        s.setFillForegroundColor(new XSSFColor(rgb, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
