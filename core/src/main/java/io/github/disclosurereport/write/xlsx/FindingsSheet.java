package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.validate.Finding;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 校验结果 sheet: one row per finding with its rule, severity in Chinese, message, the cells it concerns (with
 * where they are in this workbook, the first one linked) and its place in the source document.
 */
final class FindingsSheet {

    static final String NAME = "校验结果";

    private static final String[] HEADINGS = {"序号", "规则", "级别", "说明", "涉及单元格", "位置"};
    private static final int[] WIDTHS = {6, 10, 8, 60, 36, 24};
    private static final int MESSAGE = 3;
    private static final int CELLS = 4;

    private FindingsSheet() {
    }

    static void write(XSSFSheet sheet, List<Finding> findings, Map<String, Placed> placed, WorkbookStyles styles) {
        SheetCells cells = new SheetCells(sheet);
        for (int c = 0; c < HEADINGS.length; c++) {
            cells.text(0, c, HEADINGS[c], styles.header);
        }
        if (findings.isEmpty()) {
            cells.text(1, 0, "未发现问题", styles.plain);
        }
        int r = 1;
        for (Finding f : findings) {
            String[] values = {Integer.toString(r), f.rule(), f.severity().chinese(), f.message(),
                    describeCells(f.cells(), placed), f.location().describe()};
            for (int c = 0; c < values.length; c++) {
                cells.text(r, c, values[c], styles.label);
            }
            cells.fitHeight(r, values[MESSAGE], WIDTHS[MESSAGE]);
            cells.fitHeight(r, values[CELLS], WIDTHS[CELLS]);
            Optional<Placed> first = f.cells().stream().map(placed::get).filter(Objects::nonNull).findFirst();
            if (first.isPresent()) {
                XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + first.get().sheet().getSheetName() + "'!" + first.get().reference());
                cells.cellAt(r, CELLS).setHyperlink(link);
            }
            r++;
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        PrintSetup.onePageWideOnA4(sheet).landscape(true).repeatingRows(0, 0);
    }

    /** Cell ids with where they are in this workbook, e.g. T3:R1:total（表三 依申请公开!J6）. */
    private static String describeCells(List<String> ids, Map<String, Placed> placed) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Placed p = placed.get(id);
            out.add(p == null ? id : id + "（" + p.sheet().getSheetName() + "!" + p.reference() + "）");
        }
        return String.join("、", out);
    }
}
