package io.github.disclosurereport.model;

/**
 * Header and footer fields of a legacy statistics table (单位名称 above it; 单位负责人, 审核人, 填报人, 联系电话,
 * 填报日期 below). Each is the text as filled in, empty when left blank.
 */
public record SignOff(String unitName, String unitHead, String reviewer, String preparer, String phone,
                      String fillDate) {

    public static final SignOff EMPTY = new SignOff("", "", "", "", "", "");

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
