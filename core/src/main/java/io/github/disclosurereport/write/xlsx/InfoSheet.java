package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.read.exported.IdSheet.InfoKey;
import io.github.disclosurereport.read.exported.IdSheet;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The 报告信息 sheet: the report's format, metadata and (legacy reports) sign-off, one editable line each, with
 * each line's {@link InfoKey} in the hidden column the reader goes by, and a hint on how the table sheets work.
 */
final class InfoSheet {

    private static final int LABEL_COLUMN = 0;

    private InfoSheet() {
    }

    private record Line(String label, String value, InfoKey key) {
    }

    static void write(XSSFSheet sheet, Report report, WorkbookStyles styles) {
        SheetCells cells = new SheetCells(sheet);
        cells.text(0, 0, "报告信息", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        cells.text(1, LABEL_COLUMN, "项目", styles.header);
        cells.text(1, IdSheet.INFO_VALUE_COLUMN, "内容", styles.header);
        int r = 2;
        cells.text(r, LABEL_COLUMN, "表格格式", styles.label);
        // locked, unlike the lines below: the cell ids depend on the format
        cells.text(r, IdSheet.INFO_VALUE_COLUMN, report.format().displayName(), styles.label);
        cells.cellAt(r, IdSheet.INFO_KEY_COLUMN).setCellValue(InfoKey.FORMAT.key());
        r++;
        for (Line line : lines(report)) {
            cells.text(r, LABEL_COLUMN, line.label(), styles.label);
            XSSFCell value = cells.cellAt(r, IdSheet.INFO_VALUE_COLUMN);
            if (line.key() == InfoKey.YEAR && !line.value().isEmpty()) {
                value.setCellValue(Integer.parseInt(line.value()));
            } else {
                value.setCellValue(line.value());
            }
            value.setCellStyle(styles.infoInput);
            cells.cellAt(r, IdSheet.INFO_KEY_COLUMN).setCellValue(line.key().key());
            r++;
        }
        int hint = r + 1;
        cells.text(hint, 0, "说明：各表中带底色的单元格可填写，合计单元格为公式，自动求和；"
                + "若原报告的合计与分项之和不一致，单元格批注中保留原报告所填数。", styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(hint, hint, 0, 1));
        sheet.getRow(hint).setHeightInPoints(45);
        sheet.setColumnWidth(LABEL_COLUMN, 22 * 256);
        sheet.setColumnWidth(IdSheet.INFO_VALUE_COLUMN, 60 * 256);
        sheet.setColumnHidden(IdSheet.INFO_KEY_COLUMN, true);
        PrintSetup.onePageWideOnA4(sheet).centredAcross().area(IdSheet.INFO_VALUE_COLUMN, hint);
    }

    private static List<Line> lines(Report report) {
        Metadata m = report.metadata();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("标题", m.title(), InfoKey.TITLE));
        lines.add(new Line("机关名称", m.organization(), InfoKey.ORGANIZATION));
        lines.add(new Line("报送机关", m.addressee(), InfoKey.ADDRESSEE));
        lines.add(new Line("报告年度", m.year() == null ? "" : m.year().toString(), InfoKey.YEAR));
        lines.add(new Line("落款日期（原文）", m.dateText(), InfoKey.DATE_TEXT));
        lines.add(new Line("落款日期（年-月-日）", m.date() == null ? "" : m.date().toString(), InfoKey.DATE));
        if (report.format() == ReportFormat.LEGACY_2008) {
            SignOff s = report.signOff();
            lines.add(new Line("单位名称", s.unitName(), InfoKey.UNIT_NAME));
            lines.add(new Line("单位负责人", s.unitHead(), InfoKey.UNIT_HEAD));
            lines.add(new Line("审核人", s.reviewer(), InfoKey.REVIEWER));
            lines.add(new Line("填报人", s.preparer(), InfoKey.PREPARER));
            lines.add(new Line("联系电话", s.phone(), InfoKey.PHONE));
            lines.add(new Line("填报日期", s.fillDate(), InfoKey.FILL_DATE));
        }
        return lines;
    }
}
