package io.github.disclosurereport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic damaged and hostile variants of the real corpus: case {@code i} of seed {@code s} is always the
 * same file, so a failure is reproduced by its number alone.
 */
final class FuzzCases {

    /** A generated case: what it was made from, how, and its content. */
    record Case(int index, String base, String mutation, byte[] content) {
        String fileName() {
            return "case" + index + "-" + base;
        }

        @Override
        public String toString() {
            return "#" + index + " " + base + " / " + mutation;
        }
    }

    static final List<String> BASES = List.of("jinhu2023.docx", "jinhu2023.doc", "seed-2017-huancui-cdpf.docx",
            "seed-2017-huancui-cdpf.doc", "seed-2017-statistics.xlsx", "seed-2017-statistics.xls",
            "wuhan-eeb2020.docx", "jinhu2023.html", "seed-2017-huancui-cdpf.html", "pingtan2023.page.html",
            "jinhu2023.word.mht");

    private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("(w:val|w:w|r|ref|s|t|count|w:gridSpan)=\"([^\"]*)\"");
    private static final Pattern WORD_TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
    private static final Pattern HTML_TAG = Pattern.compile("</?(table|tbody|tr|td|th|p|div|span|font|br)\\b[^>]*>");
    private static final Pattern HTML_SPAN = Pattern.compile("(rowspan|colspan)=\"?([^\" >]*)\"?");
    private static final Pattern STRUCTURE_TAG = Pattern.compile("</?(w:tc|w:tr|w:tbl|w:p|row|c|v|si|t|mergeCell)\\b[^>]*>");

    private final long seed;
    private final byte[][] bases;

    FuzzCases(long seed) {
        this.seed = seed;
        this.bases = BASES.stream().map(HostileFiles::corpus).toArray(byte[][]::new);
    }

    Case get(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int b = random.nextInt(bases.length);
        byte[] base = bases[b].clone();
        String name = BASES.get(b);
        if (name.endsWith(".html") || name.endsWith(".mht")) {
            // a web archive's page is quoted-printable text: the page mutations reach it as they reach a page
            return html(index, name, base, random);
        }
        boolean zip = name.endsWith("x");
        int kind = random.nextInt(zip ? 12 : 4);
        return switch (kind) {
            case 0 -> new Case(index, name, "byte flips", flipBytes(base, random));
            case 1 -> truncate(index, name, base, random);
            case 2 -> zip ? removeEntry(index, name, base, random) : new Case(index, name, "zeroed sectors",
                    zeroRuns(base, random, 512));
            case 3 -> zip ? cutMainXml(index, name, base, random) : new Case(index, name, "random runs",
                    zeroRuns(base, random, 1 + random.nextInt(64)));
            case 4 -> duplicateXmlSlice(index, name, base, random);
            case 5 -> duplicateEntry(index, name, base, random);
            case 6 -> mutateAttributes(index, name, base, random);
            case 7 -> garbageText(index, name, base, random);
            case 8 -> dropTags(index, name, base, random);
            case 9 -> new Case(index, name, "byte flips in inflated XML", rezipMain(base, name,
                    xml -> new String(flipBytes(xml.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8)));
            case 10 -> attack(index, name, random);
            default -> new Case(index, name, "byte flips + truncation",
                    Arrays.copyOf(flipBytes(base, random), 30 + random.nextInt(base.length - 30)));
        };
    }

    // ---- raw bytes ----

    private static byte[] flipBytes(byte[] data, Random random) {
        int flips = 1 + random.nextInt(32);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(data.length);
            data[at] = (byte) (random.nextBoolean() ? data[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
        }
        return data;
    }

    private static byte[] zeroRuns(byte[] data, Random random, int length) {
        int runs = 1 + random.nextInt(4);
        for (int i = 0; i < runs; i++) {
            int at = 512 + random.nextInt(Math.max(1, data.length - 512 - length));
            boolean zero = random.nextBoolean();
            for (int k = at; k < Math.min(data.length, at + length); k++) {
                data[k] = zero ? 0 : (byte) random.nextInt(256);
            }
        }
        return data;
    }

    private static Case truncate(int index, String name, byte[] base, Random random) {
        int length = random.nextInt(base.length);
        return new Case(index, name, "truncated to " + length, Arrays.copyOf(base, length));
    }

    // ---- web pages ----

    private static Case html(int index, String name, byte[] base, Random random) {
        String page = new String(base, StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> new Case(index, name, "byte flips", flipBytes(base, random));
            case 1 -> truncate(index, name, base, random);
            case 2 -> {
                Matcher m = HTML_TAG.matcher(page);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(random.nextInt(10) == 0 ? "" : m.group()));
                }
                m.appendTail(sb);
                yield new Case(index, name, "html tags dropped", sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                String[] values = {"0", "-1", "2147483647", "99999999999999999999", "", "abc", "1.5", "65", "3",
                        "１２", "200"};
                Matcher m = HTML_SPAN.matcher(page);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String v = random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : m.group(2);
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "=\"" + v + "\""));
                }
                m.appendTail(sb);
                yield new Case(index, name, "html spans mutated", sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                int from = random.nextInt(page.length());
                int to = Math.min(page.length(), from + random.nextInt(4_000));
                String out = page.substring(0, to) + page.substring(from, to).repeat(1 + random.nextInt(50))
                        + page.substring(to);
                yield new Case(index, name, "html slice duplicated", out.getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                int depth = 1 + random.nextInt(3_000);
                String nest = random.nextBoolean() ? "<table><tr><td>" : "<div><span>";
                int at = page.indexOf("<body");
                at = at < 0 ? 0 : at;
                String out = page.substring(0, at) + nest.repeat(depth) + "1" + page.substring(at);
                yield new Case(index, name, "html nested " + depth, out.getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                // the declaration says one charset, the bytes are another
                String out = page.replace("charset=utf-8", random.nextBoolean() ? "charset=gb2312"
                        : "charset=x-no-such-charset");
                yield new Case(index, name, "html charset mismatch", out.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    // ---- zip structure ----

    private static Case removeEntry(int index, String name, byte[] base, Random random) {
        ZipParts z = ZipParts.of(base);
        String removed = z.parts.get(random.nextInt(z.parts.size())).name();
        return new Case(index, name, "without " + removed, z.remove(removed).toBytes());
    }

    private static Case duplicateEntry(int index, String name, byte[] base, Random random) {
        if (!name.endsWith("x")) {
            return new Case(index, name, "byte flips", flipBytes(base, random));
        }
        ZipParts z = ZipParts.of(base);
        ZipParts.Part p = z.parts.get(random.nextInt(z.parts.size()));
        byte[] data = random.nextBoolean() ? p.data() : flipBytes(p.data().clone(), random);
        z.parts.add(random.nextInt(z.parts.size() + 1), new ZipParts.Part(p.name(), data));
        return new Case(index, name, "duplicated entry " + p.name(), z.toBytesAllowingDuplicates());
    }

    static String mainPart(String name) {
        return name.endsWith(".docx") ? "word/document.xml" : "xl/worksheets/sheet1.xml";
    }

    private static byte[] rezipMain(byte[] base, String name, java.util.function.UnaryOperator<String> change) {
        ZipParts z = ZipParts.of(base);
        String part = mainPart(name);
        if (z.indexOf(part) < 0) {
            return base;
        }
        return z.put(part, change.apply(z.text(part))).toBytes();
    }

    private static Case cutMainXml(int index, String name, byte[] base, Random random) {
        int[] at = new int[1];
        byte[] out = rezipMain(base, name, xml -> xml.substring(0, at[0] = random.nextInt(xml.length())));
        return new Case(index, name, "main XML cut at " + at[0], out);
    }

    private static Case duplicateXmlSlice(int index, String name, byte[] base, Random random) {
        if (!name.endsWith("x")) {
            return new Case(index, name, "zeroed sectors", zeroRuns(base, random, 512));
        }
        byte[] out = rezipMain(base, name, xml -> {
            int from = random.nextInt(xml.length());
            int to = Math.min(xml.length(), from + random.nextInt(4_000));
            int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3);
            return xml.substring(0, to) + xml.substring(from, to).repeat(copies) + xml.substring(to);
        });
        return new Case(index, name, "main XML slice duplicated", out);
    }

    private static Case mutateAttributes(int index, String name, byte[] base, Random random) {
        if (!name.endsWith("x")) {
            return new Case(index, name, "byte flips", flipBytes(base, random));
        }
        String[] values = {"0", "-1", "2147483647", "99999999999999999999", "", "restart", "continue", "A0",
                "XFD1048576", "A1:XFD1048576", "B2:A1", "1.5", "abc", "65", "3"};
        byte[] out = rezipMain(base, name, xml -> {
            Matcher m = NUMBER_ATTRIBUTE.matcher(xml);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = random.nextInt(8) == 0 ? m.group(1) + "=\"" + values[random.nextInt(values.length)] + "\""
                        : m.group();
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            // and some merges that start nowhere or span past the grid
            return sb.toString().replaceAll("<w:tcPr>", random.nextBoolean() ? "<w:tcPr><w:vMerge/>" : "<w:tcPr>");
        });
        return new Case(index, name, "attributes mutated (spans, merges, refs)", out);
    }

    private static Case garbageText(int index, String name, byte[] base, Random random) {
        if (!name.endsWith("x")) {
            return new Case(index, name, "random runs", zeroRuns(base, random, 1 + random.nextInt(64)));
        }
        String[] garbage = {"\uFFFD\uFFFD", "１２３４５６７８９０１２３４５６７８９０１２３", "-0", "1e400", "NaN", "——",
                "\u202E123", "9".repeat(400), "&amp;&lt;", "\uD83D\uDE00", "  ", "一千二百", "(12)", "１，２３４"};
        byte[] out;
        if (name.endsWith(".docx")) {
            out = rezipMain(base, name, xml -> {
                Matcher m = WORD_TEXT.matcher(xml);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String t = random.nextInt(4) == 0 ? garbage[random.nextInt(garbage.length)] : m.group(1);
                    m.appendReplacement(sb, Matcher.quoteReplacement("<w:t>" + t + "</w:t>"));
                }
                m.appendTail(sb);
                return sb.toString();
            });
        } else {
            ZipParts z = ZipParts.of(base);
            String strings = z.text("xl/sharedStrings.xml").replaceAll("<t>[0-9]+</t>",
                    "<t>" + garbage[random.nextInt(garbage.length)] + "</t>");
            out = z.put("xl/sharedStrings.xml", strings).toBytes();
        }
        return new Case(index, name, "garbage cell text", out);
    }

    private static Case dropTags(int index, String name, byte[] base, Random random) {
        if (!name.endsWith("x")) {
            return new Case(index, name, "byte flips", flipBytes(base, random));
        }
        byte[] out = rezipMain(base, name, xml -> {
            Matcher m = STRUCTURE_TAG.matcher(xml);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(random.nextInt(25) == 0 ? "" : m.group()));
            }
            m.appendTail(sb);
            return sb.toString();
        });
        return new Case(index, name, "structure tags dropped", out);
    }

    // ---- attacks, kept small so that a case stays fast ----

    private static Case attack(int index, String name, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Case(index, "jinhu2023.docx", "zip bomb",
                    HostileFiles.withBomb("jinhu2023.docx", "word/document.xml", 20));
            case 1 -> new Case(index, "jinhu2023.docx", "billion laughs",
                    HostileFiles.docxWithDoctype(HostileFiles.billionLaughsDoctype(), "&lol9;"));
            case 2 -> new Case(index, "jinhu2023.docx", "external entity",
                    HostileFiles.docxWithDoctype("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>",
                            "&x;"));
            case 3 -> new Case(index, "jinhu2023.docx", "nested tables",
                    HostileFiles.docxNested(1 + random.nextInt(400)));
            default -> new Case(index, "jinhu2023.docx", "many entries",
                    HostileFiles.docxWithEntries(500 + random.nextInt(1_000)));
        };
    }
}
