package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.TableCaption;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names and titles of the report's tables, derived from each table's caption in the form: the title is the
 * heading printed above the table (二、主动公开政府信息情况), the sheet tab its reference and short name (表二 主动公开).
 */
final class TableNames {

    private TableNames() {
    }

    /** 表二 主动公开; an unnumbered table by its short name (统计表), made a valid sheet name. */
    static String sheetName(FormTable table) {
        TableCaption c = table.caption();
        return WorkbookUtil.createSafeSheetName(c.numbered() ? c.reference() + " " + c.shortTitle() : c.shortTitle());
    }

    /** 二、主动公开政府信息情况: the title row of the table's sheet. */
    static String title(FormTable table) {
        return table.caption().heading();
    }

}
