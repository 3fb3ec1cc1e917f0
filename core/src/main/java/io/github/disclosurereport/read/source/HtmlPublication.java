package io.github.disclosurereport.read.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
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

    /** A labelled date: 发布时间 / 发布日期 / 发表时间 / 时间 / 日期, then y-m-d in digits. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发文日期|成文日期|时间|日期)\\s*[:：]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    /** Only the publishing labels, for the line above the title (where "时间：" may be a clock or a site's date). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?:发布时间|发布日期|发表时间)\\s*[:：]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    /** Text above the title looked at: the info line right above it, not the navigation further up. */
    private static final int MAX_ABOVE_TITLE_CHARS = 300;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

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
                Optional<LocalDate> d = date(ISO_DATE.matcher(meta.attr("content")));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Optional<LocalDate> below = date(LABELLED.matcher(header.length() > MAX_HEADER_CHARS
                ? header.substring(header.length() - MAX_HEADER_CHARS) : header));
        if (below.isPresent()) {
            return below;
        }
        // some sites print the source and date line above the title
        return date(PUBLISHED_LABEL.matcher(aboveTitle.length() > MAX_ABOVE_TITLE_CHARS
                ? aboveTitle.substring(aboveTitle.length() - MAX_ABOVE_TITLE_CHARS) : aboveTitle));
    }

    private static Optional<LocalDate> date(Matcher m) {
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException | NumberFormatException e) {
                // 2024-13-45 is no date; a later one may be
            }
        }
        return Optional.empty();
    }
}
