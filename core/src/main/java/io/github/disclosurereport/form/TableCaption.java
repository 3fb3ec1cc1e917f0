package io.github.disclosurereport.form;

import java.util.Objects;

/**
 * The printed caption of an official table, as its form gives it: the number of the report section the table is
 * printed in, its title, and a short name. Every text that names a table (read notes, findings, workbook sheets
 * and titles) is derived from this value, so a province's form that captions a table differently is named so
 * everywhere.
 *
 * <p>In a forms TSV the caption is given by one line per part, the part named in the code and its text in the
 * label: lines of kind {@code caption} with code {@code number}, {@code title} or {@code short} in the standard
 * layout, lines with code {@code caption:title}, {@code caption:short} (or {@code caption:number}) in the legacy
 * layout. A part a variant does not give is that of the same table in the national form of its format, so a
 * variant without caption lines keeps the national captions and one may give just its own short name. A table
 * the national form lacks has no number unless given, its code as title and its title as short name.
 *
 * @param number     the section number the table is printed under, e.g. 二 for T2; empty for a table printed
 *                   without one (the legacy 统计表)
 * @param title      the printed title, e.g. 主动公开政府信息情况, 政府信息公开工作情况统计表
 * @param shortTitle a short name where room is short (the workbook's sheet tabs), e.g. 主动公开, 统计表
 */
public record TableCaption(String number, String title, String shortTitle) {

    /**
     * A caption whose parts are stripped of surrounding white space.
     *
     * @param number     the section number, empty when the table is unnumbered
     * @param title      the printed title
     * @param shortTitle the short name
     * @throws NullPointerException     when a part is null
     * @throws IllegalArgumentException when the title or the short name is empty
     */
    public TableCaption {
        number = Objects.requireNonNull(number, "number").strip();
        title = Objects.requireNonNull(title, "title").strip();
        shortTitle = Objects.requireNonNull(shortTitle, "shortTitle").strip();
        if (title.isEmpty() || shortTitle.isEmpty()) {
            throw new IllegalArgumentException("a table caption needs a title and a short name");
        }
    }

    /**
     * A caption that names a table by its code alone: unnumbered, the code as title and short name (a table built
     * by a program without a caption).
     *
     * @param tableCode the table's code, e.g. T5
     * @return the caption naming the table by its code
     */
    public static TableCaption ofCode(String tableCode) {
        return new TableCaption("", tableCode, tableCode);
    }

    /**
     * Whether the table is printed under a numbered section.
     *
     * @return true when {@link #number()} is not empty
     */
    public boolean numbered() {
        return !number.isEmpty();
    }

    /**
     * The heading printed above the table: number and title as the report's section headings print them.
     *
     * @return e.g. 二、主动公开政府信息情况, or the title alone when the table is unnumbered (政府信息公开工作情况统计表)
     */
    public String heading() {
        return numbered() ? number + "、" + title : title;
    }

    /**
     * How a message refers to the table in a few characters.
     *
     * @return e.g. 表二, or the short name when the table is unnumbered (统计表)
     */
    public String reference() {
        return numbered() ? "表" + number : shortTitle;
    }
}
