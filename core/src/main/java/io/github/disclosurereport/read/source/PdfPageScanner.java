package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects what PDFBox shows on each page — positioned characters (PDFBox's text extraction) and the lines the
 * page draws (PDFBox's graphics callbacks) — into {@link PdfPage}s, and counts the characters whose font has no
 * Unicode map, so that garbled text is refused rather than read.
 */
final class PdfPageScanner extends PDFTextStripper {

    /**
     * Lines past this many on one page are not kept: a report's table draws a few thousand pieces at most, and
     * finding tables compares lines pairwise.
     */
    private static final int MAX_RULINGS_PER_PAGE = 10_000;

    private final ReadLimits limits;
    private final List<PdfPage> pages = new ArrayList<>();
    private List<PdfPage.Glyph> glyphs = new ArrayList<>();
    private long characters;
    private long shown;
    private long unmapped;
    private boolean tooManyCharacters;

    PdfPageScanner(ReadLimits limits) {
        this.limits = limits;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false); // our own line builder drops overprinted (fake bold) copies
    }

    /** Every page of the document, in order. */
    List<PdfPage> scan(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
        return pages;
    }

    /** Characters shown in fonts with no way to Unicode (garbled when extracted). */
    long unmapped() {
        return unmapped;
    }

    /** Characters shown, mapped or not. */
    long shown() {
        return shown;
    }

    /** Whether more characters were shown than the limits allow (the reader refuses). */
    boolean tooManyCharacters() {
        return tooManyCharacters;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        shown++;
        String unicode = font.toUnicode(code);
        if (unicode == null || garbled(unicode)) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    private static boolean garbled(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isBlank() || text.chars().allMatch(c -> c == 0x3000 || c == 0xA0)) {
            return;
        }
        if (++characters > limits.maxTextChars()) {
            tooManyCharacters = true;
            return;
        }
        float size = t.getFontSizeInPt();
        if (!(size > 0.5f) || size > 500) {
            size = Math.max(1, t.getHeightDir() / 0.7f);
        }
        glyphs.add(new PdfPage.Glyph(text, t.getX(), t.getY(), Math.max(0, t.getWidth()), size, bold(t.getFont())));
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        Rulings rulings = new Rulings(page);
        rulings.processPage(page);
        PDRectangle box = page.getCropBox();
        boolean turned = rulings.rotation == 90 || rulings.rotation == 270;
        pages.add(new PdfPage(getCurrentPageNo(), turned ? box.getHeight() : box.getWidth(),
                turned ? box.getWidth() : box.getHeight(), glyphs, rulings.found, rulings.images));
        glyphs = new ArrayList<>();
    }

    /** The horizontal and vertical lines a page strokes or fills, in display coordinates. */
    private static final class Rulings extends PDFGraphicsStreamEngine {
        final List<PdfPage.Ruling> found = new ArrayList<>();
        final int rotation;
        final float llx;
        final float lly;
        final float width;
        final float height;
        int images;
        /** The current path's subpaths, each a list of display points. */
        private final List<List<float[]>> subpaths = new ArrayList<>();
        private final List<Boolean> closed = new ArrayList<>();
        private float[] current = {0, 0};

        Rulings(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            int r = page.getRotation() % 360;
            rotation = r < 0 ? r + 360 : r;
            llx = box.getLowerLeftX();
            lly = box.getLowerLeftY();
            width = box.getWidth();
            height = box.getHeight();
        }

        /** User space (after the CTM) to display space: crop box origin, page rotation, y downwards. */
        private float[] display(double x, double y) {
            float ux = (float) x - llx;
            float uy = (float) y - lly;
            return switch (rotation) {
                case 90 -> new float[] {uy, ux};
                case 180 -> new float[] {width - ux, uy};
                case 270 -> new float[] {height - uy, width - ux};
                default -> new float[] {ux, height - uy};
            };
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            List<float[]> points = new ArrayList<>();
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                points.add(display(p.getX(), p.getY()));
            }
            subpaths.add(points);
            closed.add(true);
            current = points.get(0);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images++;
        }

        @Override
        public void clip(int windingRule) {
            // the clipping path is ended by endPath; clipped-away borders are rare enough to keep
        }

        @Override
        public void moveTo(float x, float y) {
            current = display(x, y);
            List<float[]> points = new ArrayList<>();
            points.add(current);
            subpaths.add(points);
            closed.add(false);
        }

        @Override
        public void lineTo(float x, float y) {
            current = display(x, y);
            if (subpaths.isEmpty()) {
                moveTo(x, y);
                return;
            }
            subpaths.get(subpaths.size() - 1).add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3); // a curve is no table border; its end keeps the path going
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float(current[0], current[1]);
        }

        @Override
        public void closePath() {
            if (!closed.isEmpty()) {
                closed.set(closed.size() - 1, true);
            }
        }

        @Override
        public void endPath() {
            subpaths.clear();
            closed.clear();
        }

        @Override
        public void strokePath() {
            stroke();
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            fill();
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fill();
            stroke();
            endPath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // shading is colour, not a border
        }

        private void stroke() {
            for (int s = 0; s < subpaths.size(); s++) {
                List<float[]> points = subpaths.get(s);
                int n = points.size();
                int edges = closed.get(s) ? n : n - 1;
                for (int i = 0; i < edges; i++) {
                    add(points.get(i), points.get((i + 1) % n));
                }
            }
        }

        /** A thin filled rectangle is a line drawn as a box (some producers draw borders so). */
        private void fill() {
            for (List<float[]> points : subpaths) {
                float minX = Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                for (float[] p : points) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
                float w = maxX - minX;
                float h = maxY - minY;
                if (h < 3 && w > 2) {
                    add(new float[] {minX, (minY + maxY) / 2}, new float[] {maxX, (minY + maxY) / 2});
                } else if (w < 3 && h > 2) {
                    add(new float[] {(minX + maxX) / 2, minY}, new float[] {(minX + maxX) / 2, maxY});
                }
            }
        }

        private void add(float[] a, float[] b) {
            if (found.size() >= MAX_RULINGS_PER_PAGE) {
                return;
            }
            float dx = Math.abs(a[0] - b[0]);
            float dy = Math.abs(a[1] - b[1]);
            if (!Float.isFinite(dx) || !Float.isFinite(dy)) {
                return;
            }
            if (dy < 1 && dx >= 2) {
                found.add(new PdfPage.Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
            } else if (dx < 1 && dy >= 2) {
                found.add(new PdfPage.Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
            }
        }
    }
}
