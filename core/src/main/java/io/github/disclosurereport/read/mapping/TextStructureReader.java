package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.text.ChineseDates;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.ReportTitles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, addressee, preamble, sections and signature from the paragraphs of the neutral intermediate. Serves
 * every format: headings come from {@link SectionHeadings}; the narrative ends at the attachment (附件 / 附表) or
 * the signature, whichever comes first.
 */
final class TextStructureReader {

    private static final Pattern ADDRESSEE = Pattern.compile("^([^\\s，,。；;：:]{1,20})[：:]$");
    private static final Pattern STATISTICS_YEAR = Pattern.compile(
            "^[（(][\\s\\u3000]*((?:19|20)\\d{2})[\\s\\u3000]*年度?[\\s\\u3000]*[)）]$");
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "统计(?:期限|期间|时限|时间)[^。]*?((?:19|20)\\d{2})年");
    private static final Pattern ATTACHMENT = Pattern.compile("^(?:附件|附表)[\\s\\u3000]*(?:\\d+|[一二三四五六七八九十]+)?"
            + "[\\s\\u3000]*(?:[：:].*)?$");
    /** A signature line naming the organ: one short run of text without punctuation. */
    private static final Pattern ORGAN_NAME = Pattern.compile("^[^，,。；;：:、\\s]{2,40}$");
    /** Lines that close a letter but name nobody. */
    private static final Pattern CLOSING = Pattern.compile("^(?:附件|附表|特此|此致|敬礼|以上|无)");

    private TextStructureReader() {
    }

    static TextStructure read(SourceDocument source) {
        List<SourceParagraph> ps = source.paragraphs().stream()
                .filter(p -> !ChineseDates.strip(p.text()).isEmpty()).toList();
        int i = 0;

        // title: first non-empty paragraph(s) naming a report; a short first line may carry the organ's name
        String title = "";
        if (!ps.isEmpty() && isTitle(text(ps.get(0)))) {
            title = text(ps.get(0));
            i = 1;
        } else if (ps.size() > 1 && text(ps.get(0)).length() <= 30 && !ReportTitles.isSentence(text(ps.get(0)))
                && isTitle(text(ps.get(1)))) {
            title = text(ps.get(0)) + text(ps.get(1));
            i = 2;
        }
        // a title printed over two lines: "…政府信息公开" / "工作年度报告"
        if (!title.isEmpty() && i < ps.size() && isTitle(text(ps.get(i))) && text(ps.get(i)).length() <= 20
                && !title.endsWith("报告")) {
            title = title + text(ps.get(i));
            i++;
        }

        String addressee = "";
        if (i < ps.size()) {
            Matcher m = ADDRESSEE.matcher(text(ps.get(i)));
            if (m.matches()) {
                addressee = m.group(1);
                i++;
            }
        }

        int end = narrativeEnd(ps, i);
        Signature signature = signature(ps, i, end);
        int bodyEnd = signature == null || !signature.endsNarrative() ? end : Math.min(end, signature.firstIndex());

        List<Paragraph> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        SectionBuilder current = null;
        int lastNumber = 0;
        int lastSubItem = 0;
        for (int k = i; k < bodyEnd; k++) {
            SourceParagraph p = ps.get(k);
            Optional<SectionHeadings.Heading> h = SectionHeadings.recognise(p.text(), lastNumber, lastSubItem);
            if (h.isEmpty()) {
                h = SectionHeadings.nextInSequence(p.text(), lastNumber, lastSubItem);
                if (h.isPresent() && !nextHeadingContinues(ps, k + 1, bodyEnd, lastNumber + 1)) {
                    h = Optional.empty();
                }
            }
            if (h.isPresent()) {
                if (current != null) {
                    sections.add(current.build());
                }
                current = new SectionBuilder(h.get().number(), h.get().text(), p.location());
                // a heading without a numeral still takes a place in the outline (the seed prints 十 after
                // four numbered and five unnumbered headings)
                lastNumber = h.get().number().isEmpty() ? lastNumber + 1 : SectionHeadings.value(h.get().number());
                lastSubItem = 0;
                continue;
            }
            int sub = SectionHeadings.numberOf(p.text());
            if (sub > 0) {
                lastSubItem = sub;
            }
            Paragraph para = new Paragraph(text(p), p.location());
            if (current == null) {
                preamble.add(para);
            } else {
                current.paragraphs.add(para);
            }
        }
        if (current != null) {
            sections.add(current.build());
        }

        Integer year = year(title, ps);
        String organization = signature != null && !signature.organization().isEmpty() ? signature.organization()
                : organizationFromTitle(title);
        if (organization.isEmpty()) {
            organization = organizationFromHeaderOrPreamble(ps.subList(0, bodyEnd));
        }
        Metadata metadata = new Metadata(title, organization, addressee, year,
                signature == null ? null : signature.date(), signature == null ? "" : signature.dateText());
        return new TextStructure(metadata, preamble, sections);
    }

    /**
     * Whether the next section heading after {@code from} is numbered {@code number + 1}: a numbered line the
     * vocabulary does not know is a heading when the numbering around it says so.
     */
    private static boolean nextHeadingContinues(List<SourceParagraph> ps, int from, int to, int number) {
        for (int k = from; k < to; k++) {
            Optional<SectionHeadings.Heading> h = SectionHeadings.recognise(ps.get(k).text(), number, 0);
            if (h.isPresent() && !h.get().number().isEmpty()) {
                return SectionHeadings.value(h.get().number()) == number + 1;
            }
        }
        return false;
    }

    /** @param endsNarrative whether the signature closes the narrative (false for a date under the title) */
    private record Signature(String organization, LocalDate date, String dateText, int firstIndex,
                             boolean endsNarrative) {
    }

    private static final class SectionBuilder {
        final String number;
        final String heading;
        final SourceLocation location;
        final List<Paragraph> paragraphs = new ArrayList<>();

        SectionBuilder(String number, String heading, SourceLocation location) {
            this.number = number;
            this.heading = heading;
            this.location = location;
        }

        Section build() {
            return new Section(number, heading, paragraphs, location);
        }
    }

    private static String text(SourceParagraph p) {
        return ChineseDates.strip(p.text());
    }

    private static boolean isTitle(String t) {
        return ReportTitles.isTitle(t);
    }

    /**
     * Index of the first paragraph that is no longer narrative: an attachment line (附件：… / 附表) or the title of
     * an attached statistics table (…统计表).
     */
    private static int narrativeEnd(List<SourceParagraph> ps, int from) {
        for (int k = from; k < ps.size(); k++) {
            String t = text(ps.get(k));
            if (t.length() <= 60 && ATTACHMENT.matcher(t).matches()) {
                return k;
            }
            String key = Labels.key(t);
            if (t.length() <= 40 && (key.endsWith("统计表") || key.endsWith("统计附表"))) {
                return k;
            }
        }
        return ps.size();
    }

    /**
     * The signature: the last line that is only a date, with the organization on the line before it (or before
     * the date on the same line). Searched in the narrative and just after it (a signature often follows the
     * 附件：… list). A date line followed by section headings is a publication date under the title, not a
     * signature: it gives the date but does not end the narrative.
     */
    private static Signature signature(List<SourceParagraph> ps, int from, int narrativeEnd) {
        int limit = Math.min(ps.size(), narrativeEnd + 4);
        for (int k = limit - 1; k >= from; k--) {
            String t = text(ps.get(k));
            if (t.length() > 60) {
                continue;
            }
            Signature found = null;
            Optional<ChineseDates.Found> whole = ChineseDates.whole(t);
            if (whole.isPresent()) {
                String org = "";
                int first = k;
                if (k - 1 >= from && looksLikeOrganization(text(ps.get(k - 1)))) {
                    org = text(ps.get(k - 1));
                    first = k - 1;
                }
                found = new Signature(org, whole.get().date(), whole.get().text(), first, true);
            } else {
                // "威海市环翠区残疾人联合会 2018年3月18日" on one line
                Optional<ChineseDates.Found> tail = ChineseDates.find(t)
                        .filter(f -> f.end() == t.length() && f.start() > 0);
                if (tail.isPresent()) {
                    String org = ChineseDates.strip(t.substring(0, tail.get().start()));
                    if (looksLikeOrganization(org)) {
                        found = new Signature(org, tail.get().date(), tail.get().text(), k, true);
                    }
                }
            }
            if (found != null) {
                for (int h = k + 1; h < narrativeEnd; h++) {
                    if (SectionHeadings.recognise(ps.get(h).text(), 0, 0).isPresent()) {
                        return new Signature(found.organization(), found.date(), found.dateText(),
                                found.firstIndex(), false);
                    }
                }
                return found;
            }
        }
        return null;
    }

    private static boolean looksLikeOrganization(String t) {
        return ORGAN_NAME.matcher(t).matches() && !ATTACHMENT.matcher(t).matches() && !CLOSING.matcher(t).find()
                && SectionHeadings.recognise(t, Integer.MAX_VALUE, 0).isEmpty() && !ReportTitles.WORD.matcher(t).find();
    }

    /** Report year: from the title, else the statistics header （2017年度）, else the statistics period sentence. */
    private static Integer year(String title, List<SourceParagraph> ps) {
        Optional<Integer> named = ReportTitles.year(title);
        if (named.isPresent()) {
            return named.get();
        }
        for (SourceParagraph p : ps) {
            Matcher s = STATISTICS_YEAR.matcher(text(p));
            if (s.matches()) {
                return Integer.valueOf(s.group(1));
            }
        }
        for (SourceParagraph p : ps) {
            Matcher s = PERIOD_YEAR.matcher(text(p));
            if (s.find()) {
                return Integer.valueOf(s.group(1));
            }
        }
        return null;
    }

    /**
     * "金湖县人民政府2023年政府信息公开工作年度报告" → 金湖县人民政府; with the year first,
     * "2019年上海市人民政府办公厅政府信息公开工作年度报告" → 上海市人民政府办公厅.
     */
    static String organizationFromTitle(String title) {
        String t = title.replaceAll("[\\s\\u3000]+", "");
        Matcher lead = LEADING_YEAR.matcher(t);
        if (lead.find()) {
            t = t.substring(lead.end());
            int cut = t.indexOf("政府信息公开");
            String org = cut > 0 ? t.substring(0, cut) : "";
            return org.length() >= 2 && !org.contains("年") ? org : "";
        }
        int year = ReportTitles.yearStart(t);
        int cut = year >= 0 ? year : t.indexOf("政府信息公开");
        if (cut <= 0) {
            return "";
        }
        String org = t.substring(0, cut).replaceAll("(?:关于)$", "");
        return org.length() >= 2 ? org : "";
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?");
    /** A page header naming the publisher: 来源：平潭县人民政府, 发布机构：市政府办. */
    private static final Pattern PAGE_SOURCE = Pattern.compile(
            "^(?:来源|信息来源|发布机构|发布单位|发文机关)[\\s\\u3000]*[：:|｜][\\s\\u3000]*([^\\s\\u3000，,。；;|｜]{2,40})");
    /** The preamble's 本报告由…编制 (or 根据/汇总… before 编制). */
    private static final Pattern COMPILED_BY = Pattern.compile(
            "本(?:年度)?(?:年度)?报告(?:是)?由([^，,。；;：:（(《“]{2,40}?)(?:根据|依据|按照|依照|综合|汇总|负责|组织|编制|编写|制作)");

    /** The organization a page header (来源：…) or the preamble (本报告由…编制) names, when the title names none. */
    private static String organizationFromHeaderOrPreamble(List<SourceParagraph> ps) {
        for (SourceParagraph p : ps.subList(0, Math.min(ps.size(), 6))) {
            Matcher m = PAGE_SOURCE.matcher(text(p));
            if (m.find()) {
                return m.group(1);
            }
        }
        for (SourceParagraph p : ps.subList(0, Math.min(ps.size(), 10))) {
            Matcher m = COMPILED_BY.matcher(text(p));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }
}
