package io.github.disclosurereport.write;

import io.github.disclosurereport.model.CellState;

/**
 * The parts of an exported workbook that the exporter writes and {@link XlsxReportReader} relies on. The hidden
 * sheet {@value #ID_SHEET} is the contract: one line per cell of the form with its id, its place, and the report
 * cell as exported, so a workbook reads back to exactly the report that was written.
 */
final class ExportedWorkbook {

    static final String ID_SHEET = "cell_ids";
    static final String INFO_SHEET = "报告信息";
    static final String FINDINGS_SHEET = "校验结果";
    /** A1 of the id sheet: tells our workbooks from any other .xlsx. */
    static final String MARKER = "disclosure-report cell ids v1";

    // Columns of the id sheet (0-based); row 0 holds MARKER and the format, row 1 headings, cells from row 2.
    static final int COL_ID = 0;
    static final int COL_SHEET = 1;
    static final int COL_REF = 2;
    static final int COL_STATE = 3;
    static final int COL_RAW = 4;
    static final int COL_VALUE = 5;
    static final int COL_WRITTEN = 6;
    static final int COL_FORMULA = 7;
    static final int FIRST_CELL_ROW = 2;

    /** State written for a form cell the report does not carry (its table was absent from the document). */
    static final String ABSENT = "ABSENT";

    // Keys of the info sheet (hidden column C), one per metadata / sign-off field.
    static final String KEY_TITLE = "title";
    static final String KEY_ORGANIZATION = "organization";
    static final String KEY_ADDRESSEE = "addressee";
    static final String KEY_YEAR = "year";
    static final String KEY_DATE_TEXT = "dateText";
    static final String KEY_DATE = "date";
    static final String KEY_FORMAT = "format";
    static final String KEY_UNIT_NAME = "signOff.unitName";
    static final String KEY_UNIT_HEAD = "signOff.unitHead";
    static final String KEY_REVIEWER = "signOff.reviewer";
    static final String KEY_PREPARER = "signOff.preparer";
    static final String KEY_PHONE = "signOff.phone";
    static final String KEY_FILL_DATE = "signOff.fillDate";

    private ExportedWorkbook() {
    }

    /**
     * What a workbook cell holds, in one comparable string: {@code n:} + number, {@code s:} + text, or {@code b:}
     * for blank. Numbers go through double, as the file stores them.
     */
    static String numberContent(double d) {
        return "n:" + java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String textContent(String s) {
        return s.isEmpty() ? BLANK : "s:" + s;
    }

    static final String BLANK = "b:";

    static boolean isState(String s) {
        for (CellState st : CellState.values()) {
            if (st.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
