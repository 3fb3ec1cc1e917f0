package io.github.disclosurereport.read.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Positioned characters into printed lines and their text: characters on one baseline form a line; a space is put
 * only where a space was printed between Latin letters or digits, or where a wide gap separates two runs — never
 * between Chinese characters, so that justified text ("邮 编 ：", spread by WPS) reads as typed.
 */
final class PdfText {

    /** A page number standing alone: 1, -1-, — 1 —, 第 1 页, 第1页 共4页, 1/4, Page 1 of 4. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–_~·•\\s]*(?:第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d{1,4}(?:\\s*/\\s*\\d{1,4})?"
                    + "|(?i:page)\\s*\\d+(?:\\s*(?i:of)\\s*\\d+)?|[ivxlcIVXLC]{1,6})[-－—–_~·•\\s]*");

    private PdfText() {
    }

    /**
     * A printed line.
     *
     * @param glyphs its characters, left to right
     * @param text   its text
     */
    record Line(List<PdfPage.Glyph> glyphs, String text) {

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            float r = 0;
            for (PdfPage.Glyph g : glyphs) {
                r = Math.max(r, g.right());
            }
            return r;
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        float top() {
            float t = Float.MAX_VALUE;
            for (PdfPage.Glyph g : glyphs) {
                t = Math.min(t, g.top());
            }
            return t;
        }

        /** The size most of its characters have. */
        float size() {
            float max = 0;
            for (PdfPage.Glyph g : glyphs) {
                max = Math.max(max, g.size());
            }
            return max;
        }

        boolean bold() {
            long bold = glyphs.stream().filter(PdfPage.Glyph::bold).count();
            return bold * 2 > glyphs.size();
        }
    }

    /** The characters grouped into lines, top to bottom. */
    static List<Line> lines(List<PdfPage.Glyph> glyphs) {
        List<PdfPage.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfPage.Glyph::centerY).thenComparingDouble(PdfPage.Glyph::x));
        List<List<PdfPage.Glyph>> groups = new ArrayList<>();
        List<PdfPage.Glyph> current = new ArrayList<>();
        float centre = 0;
        float size = 0;
        for (PdfPage.Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.centerY() - centre) > 0.45f * Math.max(size, g.size())) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                centre = g.centerY();
                size = g.size();
            }
            current.add(g);
            size = Math.max(size, g.size());
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Line> lines = new ArrayList<>();
        for (List<PdfPage.Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(PdfPage.Glyph::x));
            List<PdfPage.Glyph> kept = new ArrayList<>();
            for (PdfPage.Glyph g : group) {
                PdfPage.Glyph prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (prev != null && prev.text().equals(g.text()) && Math.abs(prev.x() - g.x()) < 0.3f * g.size()) {
                    continue; // printed twice, slightly offset: fake bold
                }
                kept.add(g);
            }
            lines.add(new Line(List.copyOf(kept), text(kept)));
        }
        lines.sort(Comparator.comparingDouble(Line::baseline));
        return lines;
    }

    /** The text of characters on one line, left to right. */
    static String text(List<PdfPage.Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        PdfPage.Glyph prev = null;
        for (PdfPage.Glyph g : glyphs) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                float size = Math.max(prev.size(), g.size());
                boolean western = !wide(last(prev.text())) && !wide(g.text().charAt(0));
                if (western && gap > 0.15f * size || gap > 2f * size) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /**
     * A table cell's text as printed on one page.
     *
     * @param text  its lines joined as the writer typed them (a wrap is no line break)
     * @param flows whether its last line fills the cell's width: text that may run on over a page break
     */
    record Cell(String text, boolean flows) {
    }

    /** The text of the characters inside a cell whose right border is at {@code right}. */
    static Cell cell(List<PdfPage.Glyph> glyphs, float right) {
        List<Line> lines = lines(glyphs);
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            append(sb, l.text());
        }
        boolean flows = false;
        if (!lines.isEmpty()) {
            Line last = lines.get(lines.size() - 1);
            flows = last.right() >= right - 1.2f * last.size() - 4;
        }
        return new Cell(sb.toString(), flows);
    }

    /** Appends a wrapped line's text: a space only between two Latin words. */
    static void append(StringBuilder sb, String text) {
        if (sb.length() > 0 && !text.isEmpty() && Character.isLetter(sb.charAt(sb.length() - 1))
                && !wide(sb.charAt(sb.length() - 1)) && Character.isLetter(text.charAt(0)) && !wide(text.charAt(0))) {
            sb.append(' ');
        }
        sb.append(text);
    }

    /** Whether a line is a page number, as page footers and headers print it. */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Chinese characters and punctuation, full-width forms and typographic quotes: no spaces around them. */
    static boolean wide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x2000 && c <= 0x206F || c >= 0x2E80 && c <= 0x2FFF || c >= 0x3100 && c <= 0x31FF;
    }
}
