package io.github.disclosurereport.read.source;

import java.util.List;

/**
 * What one printed page of a PDF holds for reading: its characters with their positions and the lines drawn on it,
 * all in the page's display coordinates (points, origin top left, y downwards, the page's rotation applied).
 *
 * @param number  1-based page number
 * @param width   display width
 * @param height  display height
 * @param glyphs  the characters shown, in content order (white space left out: gaps are measured instead)
 * @param rulings the horizontal and vertical lines drawn (table borders)
 * @param images  how many images are drawn on it
 */
record PdfPage(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int images) {

    PdfPage {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /**
     * One shown character.
     *
     * @param text     its Unicode text (one character, or a ligature's few)
     * @param x        left edge
     * @param baseline baseline, from the top
     * @param width    advance width
     * @param size     font size in points
     * @param bold     whether the font is a bold one
     */
    record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

        float right() {
            return x + width;
        }

        float centerX() {
            return x + width / 2;
        }

        /** Middle of the character's body: the baseline is near the bottom of a CJK character. */
        float centerY() {
            return baseline - size * 0.35f;
        }

        float top() {
            return baseline - size * 0.85f;
        }
    }

    /**
     * A horizontal or vertical drawn line (a thin filled rectangle counts as one).
     *
     * @param horizontal whether it runs left to right
     * @param at         its y (horizontal) or x (vertical)
     * @param from       where it starts along its direction (smaller coordinate)
     * @param to         where it ends (larger coordinate)
     */
    record Ruling(boolean horizontal, float at, float from, float to) {

        float length() {
            return to - from;
        }
    }
}
