package io.github.disclosurereport.read.source;

import io.github.disclosurereport.text.ChineseDates;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a site's page says it was published: the date a publishing system declares in the page's head, else the
 * labelled date it prints above the article (发布时间：2024-03-08). A page usually has no signature, so this date is
 * what the on-time rule (D1) can check.
 */
final class HtmlPublication {

    /** Head declarations of publishing systems (TRS, Hanweb and others) and of Open Graph / Dublin Core. */
    private static final List<String> META_NAMES = List.of("pubdate", "publishdate", "firstpublishedtime",
            "article:published_time", "dc.date", "dc.date.issued", "dcterms.issued");

    /** A date's label: 发布时间 / 发布日期 / 发表时间 / 时间 / 日期 and the colon; the date follows. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发文日期|成文日期|时间|日期)[\\s\\u3000]*[:：][\\s\\u3000]*");
    /** Only the publishing labels, for the line above the title (where "时间：" may be a clock or a site's date). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?:发布时间|发布日期|发表时间)[\\s\\u3000]*[:：][\\s\\u3000]*");
    /** Text above the title looked at: the info line right above it, not the navigation further up. */
    private static final int MAX_ABOVE_TITLE_CHARS = 300;
    /** Characters after a label a date is looked for in: the longest printed date, 二〇二四年十二月三十一日 and spaces. */
    private static final int MAX_DATE_CHARS = 30;

    /** Header text looked at, at most (its end, next to the report): a page header, not a page of navigation. */
    private static final int MAX_HEADER_CHARS = 4_000;

    private HtmlPublication() {
    }

    /**
     * The page's publication date: a head declaration, else a labelled date in the page's header — the text a site
     * prints around the report's title, never the report's own text (which may quote other dates).
     *
     * @param doc    the parsed page
     * @param header     the page text between the report's title and its body (empty when there is none)
     * @param aboveTitle the page text before the report's title (empty for a page without a title)
     */
    static Optional<LocalDate> of(Document doc, String header, String aboveTitle) {
        for (Element meta : doc.select("meta[name], meta[property]")) {
            String name = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).toLowerCase(Locale.ROOT);
            if (META_NAMES.contains(name)) {
                Optional<LocalDate> d = ChineseDates.parse(meta.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Optional<LocalDate> below = labelled(LABELLED, header.length() > MAX_HEADER_CHARS
                ? header.substring(header.length() - MAX_HEADER_CHARS) : header);
        if (below.isPresent()) {
            return below;
        }
        // some sites print the source and date line above the title
        return labelled(PUBLISHED_LABEL, aboveTitle.length() > MAX_ABOVE_TITLE_CHARS
                ? aboveTitle.substring(aboveTitle.length() - MAX_ABOVE_TITLE_CHARS) : aboveTitle);
    }

    /** The first date printed right after one of the labels (read as the signature's date is: {@link ChineseDates}). */
    private static Optional<LocalDate> labelled(Pattern label, String text) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            Optional<ChineseDates.Found> d = ChineseDates.find(text.substring(m.end(),
                    Math.min(text.length(), m.end() + MAX_DATE_CHARS)));
            if (d.isPresent() && d.get().start() == 0) {
                return Optional.of(d.get().date());
            }
            // "时间：" followed by no date (or 2024-13-45, no date): a later label may have one
        }
        return Optional.empty();
    }
}
