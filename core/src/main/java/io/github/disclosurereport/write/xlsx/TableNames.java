package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.ReportFormat;

/**
 * Sheet names and titles of the report's tables. These are the headings of the report sections the tables belong
 * to (narrative vocabulary, not form rows); a table code the list does not know is named by its code.
 */
final class TableNames {

    private TableNames() {
    }

    static String sheetName(String tableCode) {
        return switch (tableCode) {
            case "T2" -> "表二 主动公开";
            case "T3" -> "表三 依申请公开";
            case "T4" -> "表四 复议诉讼";
            case "L" -> "统计表";
            default -> tableCode;
        };
    }

    static String title(String tableCode) {
        return switch (tableCode) {
            case "T2" -> "二、主动公开政府信息情况";
            case "T3" -> "三、收到和处理政府信息公开申请情况";
            case "T4" -> "四、政府信息公开行政复议、行政诉讼情况";
            case "L" -> "政府信息公开工作情况统计表";
            default -> tableCode;
        };
    }

    static String formatName(ReportFormat format) {
        return switch (format) {
            case CURRENT_2021 -> "2021年格式（国办公开办函〔2021〕30号）";
            case TRIAL_2019 -> "2019年试行格式（国办公开办函〔2019〕60号）";
            case LEGACY_2008 -> "条例（2008年）时期统计表";
        };
    }
}
