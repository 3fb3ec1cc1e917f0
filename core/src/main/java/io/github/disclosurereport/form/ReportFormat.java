package io.github.disclosurereport.form;

/** The three report formats, chosen by report year and confirmed by the tables' labels (formats.md §0, §6). */
public enum ReportFormat {
    /** 2008 条例 narrative with a locally prescribed 政府信息公开工作情况统计表; report years up to 2018. */
    LEGACY_2008("2019年以前的旧格式统计表"),
    /** 国办公开办函〔2019〕60号 trial format; report years 2019 and 2020. */
    TRIAL_2019("2019年试行格式（国办公开办函〔2019〕60号）"),
    /** 国办公开办函〔2021〕30号; report years 2021 and later. */
    CURRENT_2021("2021年格式（国办公开办函〔2021〕30号）");

    private final String displayName;

    ReportFormat(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The format as a clerk names it, in every message and output that names a format.
     *
     * @return e.g. 2021年格式（国办公开办函〔2021〕30号）
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The format the rules prescribe for a report year.
     *
     * @param year the report year
     * @return its format
     */
    public static ReportFormat forReportYear(int year) {
        if (year >= 2021) {
            return CURRENT_2021;
        }
        return year >= 2019 ? TRIAL_2019 : LEGACY_2008;
    }
}
