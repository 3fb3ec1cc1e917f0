package io.github.disclosurereport.model;

/**
 * Header and footer fields of a legacy statistics table (单位名称 above it; 单位负责人, 审核人, 填报人, 联系电话,
 * 填报日期 below). Each is the text as filled in, empty when left blank; rule F1 checks that they are filled.
 *
 * @param unitName 单位名称, the reporting unit
 * @param unitHead 单位负责人, the head of the unit
 * @param reviewer 审核人, who reviewed the table
 * @param preparer 填报人, who filled it in
 * @param phone    联系电话, the contact telephone number
 * @param fillDate 填报日期, the date of filling as printed (not parsed)
 */
public record SignOff(String unitName, String unitHead, String reviewer, String preparer, String phone,
                      String fillDate) {

    /** No sign-off: the value of every report that has no legacy statistics table. */
    public static final SignOff EMPTY = new SignOff("", "", "", "", "", "");

    /**
     * Strips surrounding white space from each field; a missing field is empty.
     *
     * @param unitName 单位名称, or null
     * @param unitHead 单位负责人, or null
     * @param reviewer 审核人, or null
     * @param preparer 填报人, or null
     * @param phone    联系电话, or null
     * @param fillDate 填报日期, or null
     */
    public SignOff {
        unitName = clean(unitName);
        unitHead = clean(unitHead);
        reviewer = clean(reviewer);
        preparer = clean(preparer);
        phone = clean(phone);
        fillDate = clean(fillDate);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
