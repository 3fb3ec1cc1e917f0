package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.model.ReadNote;

import java.util.List;

/** What a saved report (our JSON or workbook) that names a form the configured set cannot supply is told. */
final class SavedForms {

    private SavedForms() {
    }

    /** The note that the named form is not configured and which form the tables were taken with instead. */
    static ReadNote unknown(String formName, FormDefinition used) {
        return new ReadNote(ReadNote.Code.FORM_UNKNOWN, "报告保存时使用的表格格式“" + formName + "”未配置，已按“" + used.name()
                + "”读取；如是本省格式，请用 --form 指定该格式文件 / the report was saved with form '" + formName
                + "', which is not configured; read with '" + used.name() + "'", List.of(), null);
    }
}
