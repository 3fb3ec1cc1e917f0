package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.text.NothingToReport;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** S5–S8, D1, D2, F1 and N4: what the title, the text, the dates and the sign-off must say. */
final class TextRules {

    static final String NOTICE_2021 = "国办公开办函〔2021〕30号";
    private static final Pattern NOTICE_2019 = Pattern.compile("办函〔2019〕60号");
    private static final Pattern CITED_30 = Pattern.compile("([\\u4e00-\\u9fa5]{0,10})〔2021〕30号");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:至|到|—|－|-|~|～)+(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})年(?:度)?(?:[，,]|以来)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private TextRules() {
    }

    /** A year in any bracket of a document number: 国办公开办函[2021]30号, （2021）… */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[\\[［(（【〔]\\s*(\\d{4})\\s*[\\]］)）】〕]");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[\\[［(（【〔](\\d{4})[\\]］)）】〕]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Title, preamble and section texts, with document-number brackets normalised to 〔〕. The patterns are compiled
     * once: every narrative rule normalises every paragraph, and compiling them per call was a third of validate.
     */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(YEAR_IN_BRACKETS.matcher(t).replaceAll("〔$1〕")).replaceAll("");
    }

    private static List<Paragraph> textParagraphs(ValidationContext ctx) {
        return ctx.paragraphs();
    }

    /** S5. */
    static List<Finding> notice(ValidationContext ctx) {
        Integer year = ctx.report().metadata().year();
        List<Finding> out = new ArrayList<>();
        for (Paragraph p : textParagraphs(ctx)) {
            if (p.text().indexOf('号') < 0) {
                continue; // both patterns cite a document number (…号)
            }
            String t = normalise(p.text());
            if (year != null && year >= 2021 && NOTICE_2019.matcher(t).find()) {
                out.add(Finding.of("S5", Severity.WARNING, "本段引用了国办公开办函〔2019〕60号（2019年试行格式），而" + year
                        + "年度报告应依据" + NOTICE_2021 + "编制。请更正引用的文号。", List.of(), p.location()));
            }
            // brackets made 〔〕 in step with the printed text (same length), so the quote is the printed one
            Prose prose = Prose.of(p.text());
            Matcher m = CITED_30.matcher(BRACKETED_YEAR.matcher(prose.text()).replaceAll("〔$1〕"));
            while (m.find()) {
                String prefix = m.group(1);
                if (prefix.contains("办") && !prefix.endsWith("国办公开办函")) {
                    int from = m.start(1) + Math.max(0, prefix.lastIndexOf('国'));
                    out.add(Finding.of("S5", Severity.WARNING, "文号写作“" + prose.quote(from, m.end()) + "”，正确的是“"
                            + NOTICE_2021 + "”。请更正。", List.of(), p.location()));
                }
            }
        }
        return out;
    }

    /** The first characters of a paragraph: enough for a leading year, without normalising the whole text. */
    private static String opening(String text) {
        String t = text.stripLeading();
        return t.length() <= OPENING ? t : t.substring(0, OPENING);
    }

    private static final int OPENING = 40;

    private record Period(LocalDate start, LocalDate end, Paragraph paragraph, String text) {
    }

    private static List<Period> periods(ValidationContext ctx) {
        List<Period> out = new ArrayList<>();
        for (Paragraph p : textParagraphs(ctx)) {
            if (p.text().indexOf('统') < 0) {
                continue; // the cheap test first: most paragraphs state no period
            }
            Prose prose = Prose.of(p.text());
            String t = prose.text();
            if (!t.contains("统计")) {
                continue;
            }
            Matcher m = PERIOD.matcher(t);
            while (m.find()) {
                // quoted as printed, so that a clerk finds it with a search
                String printed = prose.quote(m.start(), m.end());
                try {
                    int y1 = Integer.parseInt(m.group(1));
                    int y2 = m.group(4) == null ? y1 : Integer.parseInt(m.group(4));
                    out.add(new Period(LocalDate.of(y1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                            LocalDate.of(y2, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))), p,
                            printed));
                } catch (DateTimeException e) {
                    out.add(new Period(null, null, p, printed));
                }
            }
        }
        return out;
    }

    /** S6: the statistics period is 1 January – 31 December of one year. */
    static List<Finding> period(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Period p : periods(ctx)) {
            boolean ok = p.start() != null && p.start().getMonthValue() == 1 && p.start().getDayOfMonth() == 1
                    && p.end().getYear() == p.start().getYear() && p.end().getMonthValue() == 12
                    && p.end().getDayOfMonth() == 31;
            if (!ok) {
                int y = p.start() != null ? p.start().getYear()
                        : Optional.ofNullable(ctx.report().metadata().year()).orElse(0);
                out.add(Finding.of("S6", Severity.ERROR, "统计期限写作“" + p.text() + "”，应为报告年度的1月1日至12月31日（"
                        + y + "年1月1日至" + y + "年12月31日）。请更正。", List.of(), p.paragraph().location()));
            }
        }
        return out;
    }

    /** S7: the report year is the same in the title, the period statement and the narrative. */
    static List<Finding> yearConsistency(ValidationContext ctx) {
        Metadata m = ctx.report().metadata();
        Integer year = m.year();
        if (year == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher t = YEAR.matcher(normalise(m.title()));
        if (t.find() && Integer.parseInt(t.group(1)) != year) {
            out.add(Finding.of("S7", Severity.ERROR, "标题中的年份 " + t.group(1) + " 与报告年度 " + year
                    + " 不一致。请核对标题和报告年度。", List.of(), SourceLocation.DOCUMENT));
        }
        for (Period p : periods(ctx)) {
            if (p.start() != null && p.start().getYear() != year) {
                out.add(Finding.of("S7", Severity.ERROR, "统计期限“" + p.text() + "”的年份与报告年度 " + year
                        + " 不一致。请更正为" + year + "年1月1日至" + year + "年12月31日。", List.of(),
                        p.paragraph().location()));
            }
        }
        for (Section s : ctx.report().sections()) {
            for (Paragraph p : s.paragraphs()) {
                Matcher lead = LEADING_YEAR.matcher(normalise(opening(p.text())));
                if (lead.find() && Integer.parseInt(lead.group(1)) < year) {
                    // Plans for the next year are normal; a paragraph opening with an earlier year is usually a
                    // copied text, but not certainly: a warning.
                    out.add(Finding.of("S7", Severity.WARNING, "本段以“" + lead.group(1) + "年”开头，而报告年度是 " + year
                            + " 年。如是沿用往年的文字，请更新年份和数字。", List.of(), p.location()));
                }
            }
        }
        return out;
    }

    /** S8: the title names the organ in full and the year; a signature block (organ, date) is present. */
    static List<Finding> titleAndSignature(ValidationContext ctx) {
        if (isWorkbook(ctx)) {
            return List.of();
        }
        Metadata m = ctx.report().metadata();
        List<Finding> out = new ArrayList<>();
        String title = normalise(m.title());
        String org = normalise(m.organization());
        if (title.isEmpty()) {
            out.add(Finding.of("S8", Severity.WARNING, "未识别出报告标题。标题应为“单位全称+年份+政府信息公开工作年度报告”。",
                    List.of(), SourceLocation.DOCUMENT));
        } else {
            if (!org.isEmpty() && !title.contains(org)) {
                out.add(Finding.of("S8", Severity.WARNING, "标题“" + m.title() + "”没有写明单位全称“" + m.organization()
                        + "”。请在标题中使用单位全称。", List.of(), SourceLocation.DOCUMENT));
            }
            if (!YEAR.matcher(title).find()) {
                out.add(Finding.of("S8", Severity.WARNING, "标题“" + m.title() + "”没有写明年度。请写明报告年度。",
                        List.of(), SourceLocation.DOCUMENT));
            }
        }
        if (org.isEmpty()) {
            out.add(Finding.of("S8", Severity.WARNING, "未识别出落款单位。报告末尾应署单位全称和日期。", List.of(),
                    SourceLocation.DOCUMENT));
        }
        if (m.date() == null) {
            out.add(Finding.of("S8", Severity.WARNING, "未识别出落款日期" + (m.dateText().isEmpty() ? "" : "（“"
                    + m.dateText() + "”）") + "。报告末尾应署日期。", List.of(), SourceLocation.DOCUMENT));
        }
        return out;
    }

    /** A statistics workbook (.xlsx/.xls) carries only the table: no title, sections or signature to check. */
    static boolean isWorkbook(ValidationContext ctx) {
        String type = ctx.report().source().fileType();
        return type.equals("xlsx") || type.equals("xls");
    }

    /**
     * D1: published on time. A page's own publication date is what the rule is about; without one, the signature
     * date is taken as the earliest possible publication date.
     */
    static List<Finding> deadline(ValidationContext ctx) {
        Report r = ctx.report();
        Metadata m = r.metadata();
        LocalDate when = m.published() != null ? m.published() : m.date();
        if (when == null || m.year() == null) {
            return List.of();
        }
        String dateName = m.published() != null ? "发布日期" : "落款日期";
        int next = m.year() + 1;
        LocalDate march = LocalDate.of(next, 3, 31);
        String org = m.organization();
        if (r.format() == ReportFormat.LEGACY_2008 || m.year() < 2019) {
            if (when.isAfter(march)) {
                return List.of(Finding.of("D1", Severity.ERROR, dateName + " " + when + " 晚于法定公布期限 " + march
                        + "（原条例第三十一条：每年3月31日前公布上一年度报告）。", List.of(), SourceLocation.DOCUMENT));
            }
            return List.of();
        }
        if (Organs.isTownship(org)) {
            if (when.isAfter(march)) {
                return List.of(Finding.of("D1", Severity.WARNING, dateName + " " + when + " 晚于 " + march
                        + "。乡镇、街道的公布期限由地方规定，一般不晚于3月31日，请核对。", List.of(), SourceLocation.DOCUMENT));
            }
            return List.of();
        }
        if (org.isEmpty()) {
            return List.of();
        }
        // the earlier deadline only for a clear department: an area's or zone's own report is not held to it
        boolean department = Organs.isDepartment(org);
        LocalDate deadline = department ? LocalDate.of(next, 1, 31) : march;
        if (!when.isAfter(deadline)) {
            return List.of();
        }
        String rule;
        if (department) {
            rule = "条例第四十九条：政府部门于每年1月31日前公布上一年度报告";
        } else if (Organs.isGovernment(org)) {
            rule = "条例第四十九条：本级人民政府年度报告于每年3月31日前公布";
        } else {
            // a zone's 管委会 or a bare place name: 1月31日 as a department or 3月31日 as an area's government —
            // late either way after 3月31日, and neither is claimed
            rule = "条例第四十九条：政府部门于每年1月31日前、本级人民政府于每年3月31日前公布上一年度报告；"
                    + "“" + org + "”无论按哪一种期限都已逾期";
        }
        return List.of(Finding.of("D1", Severity.ERROR, dateName + " " + when + " 晚于法定公布期限 " + deadline
                + "（" + rule + "）。请按期公布。", List.of(), SourceLocation.DOCUMENT));
    }

    /** D2: the signature date lies after the end of the report year. */
    static List<Finding> signatureDate(ValidationContext ctx) {
        Metadata m = ctx.report().metadata();
        if (m.date() == null || m.year() == null) {
            return List.of();
        }
        if (!m.date().isAfter(LocalDate.of(m.year(), 12, 31))) {
            return List.of(Finding.of("D2", Severity.WARNING, "落款日期 " + m.date() + " 不晚于报告年度（" + m.year()
                    + "年）结束，报告不可能在统计期结束前完成。请核对日期或报告年度。", List.of(), SourceLocation.DOCUMENT));
        }
        return List.of();
    }

    /** F1: legacy statistics table header and footer fields filled. */
    static List<Finding> signOff(ValidationContext ctx) {
        if (!ctx.hasTable("L")) {
            return List.of();
        }
        SignOff s = ctx.report().signOff();
        List<String> blank = new ArrayList<>();
        if (s.unitName().isEmpty()) {
            blank.add("单位名称");
        }
        if (s.unitHead().isEmpty()) {
            blank.add("单位负责人");
        }
        if (s.reviewer().isEmpty()) {
            blank.add("审核人");
        }
        if (s.preparer().isEmpty()) {
            blank.add("填报人");
        }
        if (s.phone().isEmpty()) {
            blank.add("联系电话");
        }
        if (s.fillDate().isEmpty()) {
            blank.add("填报日期");
        }
        if (blank.isEmpty()) {
            return List.of();
        }
        SourceLocation where = ctx.report().cells().values().stream().filter(c -> c.id().startsWith("L:"))
                .findFirst().map(c -> c.location()).orElse(SourceLocation.DOCUMENT);
        return List.of(Finding.of("F1", Severity.WARNING, FormShape.reference(ctx.form(), "L") + "未填写："
                + String.join("、", blank)
                + "。请补填后由单位负责人审核签字。", List.of(), where));
    }

    /** Fewer characters than this (punctuation aside) say nothing about problems and improvements. */
    private static final int FEW_WORDS = 10;

    /**
     * Letters and digits of the printed text, counted up to {@code enough}: each stays a character of the normalised
     * text with punctuation and symbols removed, so {@code enough} of them means it has at least that many.
     */
    private static int wordCharacters(String text, int enough) {
        int n = 0;
        for (int i = 0; i < text.length() && n < enough; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * S10: section 五 (legacy: 存在的主要问题及改进措施) is present and says something: not empty, not only "无", not
     * a few words. A 2019/2021 report without a 五 is S1's finding, not this one's.
     */
    static List<Finding> problemsSection(ValidationContext ctx) {
        if (isWorkbook(ctx)) {
            return List.of();
        }
        boolean legacy = ctx.report().format() == ReportFormat.LEGACY_2008;
        Optional<Section> five = ctx.report().sections().stream()
                .filter(s -> s.heading().contains("问题") && (s.heading().contains("改进") || s.heading().contains("措施")
                        || s.heading().contains("存在")))
                .findFirst();
        if (five.isEmpty() && !legacy) {
            five = ctx.report().sections().stream().filter(s -> s.number().equals("五")).findFirst();
        }
        if (five.isEmpty()) {
            if (!legacy || ctx.report().sections().isEmpty()) {
                return List.of();
            }
            return List.of(Finding.of("S10", Severity.WARNING, "报告中没有“存在的主要问题及改进措施”部分。"
                    + "年度报告应说明工作中存在的主要问题和改进措施，评议中缺少这一部分会被扣分。请补写。", List.of(),
                    SourceLocation.DOCUMENT));
        }
        Section s = five.get();
        if (wordCharacters(s.text(), FEW_WORDS) >= FEW_WORDS) {
            return List.of(); // a section of some length: counted on the print, without normalising all of it
        }
        String body = normalise(s.text()).replaceAll("[\\p{P}\\p{S}]", "");
        String what;
        if (body.isEmpty()) {
            what = "没有内容";
        } else if (NothingToReport.isAll(body)) {
            what = "只写了“" + s.text().strip() + "”";
        } else if (body.length() < FEW_WORDS) {
            what = "只有“" + s.text().strip() + "”寥寥数字";
        } else {
            return List.of();
        }
        return List.of(Finding.of("S10", Severity.WARNING, "“" + s.printedHeading() + "”" + what
                + "。这一部分应具体说明本年度工作中存在的主要问题和相应的改进措施，空白或只写“无”在评议中会被扣分。请补写。",
                List.of(), s.location()));
    }

    /** N4: section 六 states the 信息处理费 charged, even if none. */
    static List<Finding> processingFee(ValidationContext ctx) {
        Optional<Section> six = ctx.report().sections().stream()
                .filter(s -> s.number().equals("六") || s.heading().contains("其他需要报告")).findFirst();
        if (six.isEmpty()) {
            return List.of();
        }
        String text = normalise(six.get().heading() + six.get().text());
        if (text.contains("处理费") || text.contains("收费") || text.contains("费用")) {
            return List.of();
        }
        return List.of(Finding.of("N4", Severity.WARNING, "第六部分“" + six.get().printedHeading()
                + "”没有说明信息处理费的收取情况。格式要求报告发出收费通知的件数、金额和实际收取金额，没有收取的也应写明“未收取信息处理费”。",
                List.of(), six.get().location()));
    }
}
