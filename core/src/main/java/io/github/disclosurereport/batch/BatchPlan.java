package io.github.disclosurereport.batch;

import io.github.disclosurereport.form.ReportFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which files of a batch belong together. A statistics sheet alone is joined to the narrative that lacks its tables —
 * by organization and year when the sheet's header names them, else by file name in the same folder
 * ({@code 某局2017年报.doc} and {@code 某局2017年报-统计表.xls}), else when a folder holds exactly one of each. And
 * each report is compared with the same organization's report of the year before, when the batch holds exactly
 * one: never a report of another organ or year.
 */
public final class BatchPlan {

    /** Joined by organization and year. */
    public static final String BY_ORGANIZATION_AND_YEAR = "单位和年度相同";
    /** Joined by file name. */
    public static final String BY_FILE_NAME = "文件名对应";
    /** Joined as the only narrative and the only statistics sheet of their folder. */
    public static final String BY_FOLDER = "同一文件夹中仅有的报告和统计表";

    private static final Pattern ATTACHMENT_WORDS = Pattern.compile(
            "统计表|统计|附件|附表|表格|statistics|stats|attachment|tables?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000_\\-—–.()（）\\[\\]【】《》、,，]+");

    /**
     * One report of the batch: a file, or a narrative with its attachment.
     *
     * @param report     the report (for a pair, the narrative)
     * @param attachment its statistics sheet saved apart, or null
     * @param pairedBy   how the attachment was matched ({@link #BY_ORGANIZATION_AND_YEAR} …), empty without one
     * @param previous   the same organization's report of the year before, or null
     */
    public record Unit(Scanned report, Scanned attachment, String pairedBy, Unit previous) {

        /** {@return the organ, from the narrative or else the attachment} */
        public String organization() {
            return report.organization().isEmpty() && attachment != null ? attachment.organization()
                    : report.organization();
        }

        /** {@return the report year, from the narrative or else the attachment; null when neither says} */
        public Integer year() {
            return report.year() == null && attachment != null ? attachment.year() : report.year();
        }

        /** {@return the format of its tables (the attachment's, for a pair)} */
        public ReportFormat format() {
            return attachment != null ? attachment.format() : report.format();
        }

        /** {@return whether this unit must be read again to be validated: it is a pair, or has a year before} */
        public boolean joined() {
            return attachment != null || previous != null;
        }

        Unit withPrevious(Unit p) {
            return new Unit(report, attachment, pairedBy, p);
        }
    }

    private BatchPlan() {
    }

    /**
     * The reports of a batch, in the order of their (narrative) files.
     *
     * @param scans every readable file, in batch order
     * @return one unit per report; a paired attachment is no unit of its own
     */
    public static List<Unit> plan(List<Scanned> scans) {
        Map<Scanned, Scanned> attachmentOf = new IdentityHashMap<>();
        Map<Scanned, String> how = new IdentityHashMap<>();
        List<Scanned> narratives = scans.stream().filter(Scanned::narrativeOnly).toList();
        List<Scanned> attachments = scans.stream().filter(Scanned::attachmentOnly).toList();
        Map<Scanned, Boolean> used = new IdentityHashMap<>();
        // 1. the sheet's header names organization and year
        for (Scanned a : attachments) {
            if (a.organization().isEmpty() || a.year() == null) {
                continue;
            }
            List<Scanned> same = narratives.stream().filter(n -> !attachmentOf.containsKey(n)
                    && n.organization().equals(a.organization()) && Objects.equals(n.year(), a.year())).toList();
            if (same.size() > 1) {
                same = same.stream().filter(n -> sameFolder(n, a)).toList();
            }
            if (same.size() == 1) {
                pair(same.get(0), a, BY_ORGANIZATION_AND_YEAR, attachmentOf, how, used);
            }
        }
        // 2. file names in one folder
        for (Scanned a : attachments) {
            if (used.containsKey(a)) {
                continue;
            }
            List<Scanned> named = narratives.stream().filter(n -> !attachmentOf.containsKey(n) && sameFolder(n, a)
                    && consistent(n, a) && namesMatch(n.file(), a.file())).toList();
            if (named.size() == 1) {
                pair(named.get(0), a, BY_FILE_NAME, attachmentOf, how, used);
            }
        }
        // 3. the only narrative without tables and the only sheet of a folder
        Map<Path, List<Scanned>> openNarratives = byFolder(narratives.stream().filter(n -> !attachmentOf.containsKey(n)).toList());
        Map<Path, List<Scanned>> openSheets = byFolder(attachments.stream().filter(a -> !used.containsKey(a)).toList());
        for (Map.Entry<Path, List<Scanned>> e : openSheets.entrySet()) {
            List<Scanned> ns = openNarratives.getOrDefault(e.getKey(), List.of());
            if (e.getValue().size() == 1 && ns.size() == 1 && consistent(ns.get(0), e.getValue().get(0))) {
                pair(ns.get(0), e.getValue().get(0), BY_FOLDER, attachmentOf, how, used);
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Scanned s : scans) {
            if (!used.containsKey(s)) {
                Scanned a = attachmentOf.get(s);
                units.add(new Unit(s, a, a == null ? "" : how.get(s), null));
            }
        }
        return withPreviousYears(units);
    }

    /** Each unit with the one unit of the same organization and the year before, where there is exactly one. */
    private static List<Unit> withPreviousYears(List<Unit> units) {
        Map<String, List<Unit>> byKey = new HashMap<>();
        for (Unit u : units) {
            if (!u.organization().isEmpty() && u.year() != null) {
                byKey.computeIfAbsent(u.organization() + "|" + u.year(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            List<Unit> before = u.organization().isEmpty() || u.year() == null ? List.of()
                    : byKey.getOrDefault(u.organization() + "|" + (u.year() - 1), List.of());
            out.add(before.size() == 1 ? u.withPrevious(before.get(0)) : u);
        }
        return out;
    }

    private static void pair(Scanned narrative, Scanned attachment, String reason, Map<Scanned, Scanned> attachmentOf,
                             Map<Scanned, String> how, Map<Scanned, Boolean> used) {
        attachmentOf.put(narrative, attachment);
        how.put(narrative, reason);
        used.put(attachment, true);
    }

    /** Neither says another organization or year than the other. */
    private static boolean consistent(Scanned n, Scanned a) {
        boolean organization = n.organization().isEmpty() || a.organization().isEmpty()
                || n.organization().equals(a.organization());
        boolean year = n.year() == null || a.year() == null || n.year().equals(a.year());
        return organization && year;
    }

    private static boolean sameFolder(Scanned n, Scanned a) {
        return Objects.equals(folder(n.file()), folder(a.file()));
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static Map<Path, List<Scanned>> byFolder(List<Scanned> scans) {
        Map<Path, List<Scanned>> out = new LinkedHashMap<>();
        for (Scanned s : scans) {
            out.computeIfAbsent(folder(s.file()), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /**
     * The two names are one report's: equal once words like 统计表/附件 and separators are removed, or one begins
     * with the other ({@code 某局2017年报} and {@code 某局2017年报统计表}, {@code seed-2017-huancui} and
     * {@code seed-2017-statistics}).
     */
    static boolean namesMatch(Path narrative, Path attachment) {
        String n = stem(narrative);
        String a = stem(attachment);
        if (n.isEmpty() || a.isEmpty()) {
            return false;
        }
        return n.equals(a) || (Math.min(n.length(), a.length()) >= 2 && (n.startsWith(a) || a.startsWith(n)));
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(ATTACHMENT_WORDS.matcher(base).replaceAll("")).replaceAll("");
    }
}
