package io.github.disclosurereport.form;

/** The three report formats, chosen by report year and confirmed by the tables' labels (formats.md §0, §6). */
public enum ReportFormat {
    /** 2008 条例 narrative with a locally prescribed 政府信息公开工作情况统计表; report years up to 2018. */
    LEGACY_2008,
    /** 国办公开办函〔2019〕60号 trial format; report years 2019 and 2020. */
    TRIAL_2019,
    /** 国办公开办函〔2021〕30号; report years 2021 and later. */
    CURRENT_2021;

    /** The format the rules prescribe for a report year. */
    public static ReportFormat forReportYear(int year) {
        if (year >= 2021) {
            return CURRENT_2021;
        }
        return year >= 2019 ? TRIAL_2019 : LEGACY_2008;
    }
}
