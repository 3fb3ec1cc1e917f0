package io.github.disclosurereport.write.xlsx;


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

}
