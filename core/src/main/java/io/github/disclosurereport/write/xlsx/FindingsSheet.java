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
 * The 校验结果 sheet: one row per finding with its rule, severity in Chinese, message, the cells it concerns named
 * as a clerk finds them in this workbook (表三 依申请公开 第6行 “一、本年新收政府信息公开申请数量 / 总计”, linked to
 * the first), its place in the source document, and last the cells' ids for programs.
 */
final class FindingsSheet {

    static final String NAME = "校验结果";

    private static final String[] HEADINGS = {"序号", "规则", "级别", "说明", "本表格中的位置（点击跳转）", "原报告中的位置",
        "单元格编号"};
    private static final int[] WIDTHS = {6, 8, 8, 60, 48, 28, 24};
    private static final int MESSAGE = 3;
    private static final int CELLS = 4;
    private static final int SOURCE = 5;

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
                    describeCells(f.cells(), placed), f.location().describe(), String.join("、", f.cells())};
            for (int c = 0; c < values.length; c++) {
                cells.text(r, c, values[c], styles.label);
            }
            cells.fitHeight(r, values[MESSAGE], WIDTHS[MESSAGE]);
            cells.fitHeight(r, values[CELLS], WIDTHS[CELLS]);
            cells.fitHeight(r, values[SOURCE], WIDTHS[SOURCE]);
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

    /**
     * The cells as a clerk finds them in this workbook: sheet, printed row and the cell's row and column labels, e.g.
     * 表三 依申请公开 第6行 “一、本年新收政府信息公开申请数量 / 总计”; a cell without a place here by its id.
     */
    private static String describeCells(List<String> ids, Map<String, Placed> placed) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Placed p = placed.get(id);
            out.add(p == null ? id : p.sheet().getSheetName() + " 第" + (p.address().getRow() + 1) + "行 “"
                    + p.definition().describe() + "”");
        }
        return String.join("；\n", out);
    }
}
