package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.model.CellState;

/**
 * The parts of an exported workbook that the exporter writes and {@link ExportedWorkbookReader} relies on. The hidden
 * sheet {@value #ID_SHEET} is the contract: one line per cell of the form with its id, its place, and the report
 * cell as exported, so a workbook reads back to exactly the report that was written.
 */
public final class ExportedWorkbook {

    public static final String ID_SHEET = "cell_ids";
    public static final String INFO_SHEET = "报告信息";
    public static final String FINDINGS_SHEET = "校验结果";
    /** A1 of the id sheet: tells our workbooks from any other .xlsx. */
    public static final String MARKER = "disclosure-report cell ids v1";

    // Columns of the id sheet (0-based); row 0 holds MARKER and the format, row 1 headings, cells from row 2.
    public static final int COL_ID = 0;
    public static final int COL_SHEET = 1;
    public static final int COL_REF = 2;
    public static final int COL_STATE = 3;
    public static final int COL_RAW = 4;
    public static final int COL_VALUE = 5;
    public static final int COL_WRITTEN = 6;
    public static final int COL_FORMULA = 7;
    public static final int FIRST_CELL_ROW = 2;
    /** Row 0, after the marker and the format: the name of the form the workbook was laid out in (a variant's). */
    public static final int COL_FORM_NAME = 2;

    /** State written for a form cell the report does not carry (its table was absent from the document). */
    public static final String ABSENT = "ABSENT";

    // Keys of the info sheet (hidden column C), one per metadata / sign-off field.
    public static final String KEY_TITLE = "title";
    public static final String KEY_ORGANIZATION = "organization";
    public static final String KEY_ADDRESSEE = "addressee";
    public static final String KEY_YEAR = "year";
    public static final String KEY_DATE_TEXT = "dateText";
    public static final String KEY_DATE = "date";
    public static final String KEY_FORMAT = "format";
    public static final String KEY_UNIT_NAME = "signOff.unitName";
    public static final String KEY_UNIT_HEAD = "signOff.unitHead";
    public static final String KEY_REVIEWER = "signOff.reviewer";
    public static final String KEY_PREPARER = "signOff.preparer";
    public static final String KEY_PHONE = "signOff.phone";
    public static final String KEY_FILL_DATE = "signOff.fillDate";

    private ExportedWorkbook() {
    }

    /**
     * What a workbook cell holds, in one comparable string: {@code n:} + number, {@code s:} + text, or {@code b:}
     * for blank. Numbers go through double, as the file stores them.
     */
    public static String numberContent(double d) {
        return "n:" + java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static String textContent(String s) {
        return s.isEmpty() ? BLANK : "s:" + s;
    }

    public static final String BLANK = "b:";

    public static boolean isState(String s) {
        for (CellState st : CellState.values()) {
            if (st.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
