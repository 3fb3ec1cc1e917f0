package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.TableCaption;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceImage;
import io.github.disclosurereport.text.Labels;

import java.util.List;
import java.util.Optional;

/**
 * The notes of the standard-table mapper, one method per code: a clerk reads these messages (and the validator
 * quotes them), so each is worded once, here, and names the table by its caption in the form, as the report's
 * sections do.
 */
final class MappingNotes {

    private MappingNotes() {
    }

    /** 第二部分“主动公开政府信息情况”的表格: the table as a clerk names it, by the section it is printed in. */
    static String tableName(FormTable table) {
        TableCaption c = table.caption();
        return c.numbered() ? "第" + c.number() + "部分“" + c.title() + "”的表格" : "表格 " + c.title();
    }

    /** The table, and the T2 block within it when the header named one. */
    static String place(FormTable table, FormGroup block) {
        return tableName(table) + (block != null ? "（" + block.label() + "）" : "");
    }

    /** @param picture the picture printed where the table should be, if any */
    static ReadNote tableMissing(FormTable table, Optional<SourceImage> picture) {
        List<String> ids = table.cells().stream().map(CellDefinition::id).toList();
        if (picture.isPresent()) {
            return new ReadNote(ReadNote.Code.TABLE_MISSING, tableName(table) + "是一张图片（"
                    + picture.get().address() + "），不是文字表格，该表数据无法读取", ids, picture.get().location());
        }
        return new ReadNote(ReadNote.Code.TABLE_MISSING, "未找到" + tableName(table)
                + "（可能以图片形式插入或被省略），该表数据无法读取", ids, SourceLocation.DOCUMENT);
    }

    static ReadNote trialColumn(FormTable table, String printedHeader, List<String> trialIds, SourceLocation at) {
        return new ReadNote(ReadNote.Code.TRIAL_COLUMN_IN_CURRENT, tableName(table) + "中“"
                + Labels.clean(printedHeader) + "”一栏是2019年试行格式的栏目，2021年格式已不再使用；"
                + "该栏数据按试行格式保留", trialIds, at);
    }

    static ReadNote trialRow(FormTable table, String printedLabel, List<String> trialIds, SourceLocation at) {
        return new ReadNote(ReadNote.Code.TRIAL_ROW_IN_CURRENT, tableName(table) + "中“"
                + Labels.clean(printedLabel)
                + "”按2019年试行格式印为一行，2021年格式要求分项填报；该行数据按试行格式保留，未拆分", trialIds, at);
    }

    /** @param place as {@link #place} gives it */
    static ReadNote extraRow(String place, String printedLabel, SourceLocation at) {
        return new ReadNote(ReadNote.Code.EXTRA_ROW, place + "多出一行“" + printedLabel
                + "”，不是统一格式中的项目；已原样保留，未计入表格数据", List.of(), at);
    }

    static ReadNote rowMissing(FormTable table, FormRow row, List<String> ids, SourceLocation at) {
        return new ReadNote(ReadNote.Code.ROW_MISSING, tableName(table) + "缺少“" + Labels.clean(row.label())
                + "”一行（漏项）", ids, at);
    }

    static ReadNote columnMissing(FormTable table, FormColumn column, List<String> ids, SourceLocation at) {
        return new ReadNote(ReadNote.Code.COLUMN_MISSING, tableName(table) + "缺少“"
                + Labels.clean(column.label()) + "”一栏（漏项）", ids, at);
    }

    static ReadNote cellMissing(FormTable table, CellDefinition cell, SourceLocation at) {
        return new ReadNote(ReadNote.Code.CELL_MISSING, tableName(table) + "中“" + cell.describe()
                + "”没有对应的单元格", List.of(cell.id()), at);
    }
}
