package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.text.ChineseNumerals;
import io.github.disclosurereport.text.StandardSections;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** S1–S4: sections, table format, rows and columns, tables present (report cells plus the readers' notes). */
final class StructureRules {

    private StructureRules() {
    }

    /** 一 → 1, 十一 → 11, 二十 → 20, as printed in the usual way; 0 when not such a numeral. */
    static int numeralValue(String s) {
        int n = ChineseNumerals.parse(s);
        return n > 0 && ChineseNumerals.format(n).equals(s) ? n : 0;
    }

    /** S1. */
    static List<Finding> sections(ValidationContext ctx) {
        Report r = ctx.report();
        if (TextRules.isWorkbook(ctx)) {
            return List.of();
        }
        if (r.format() == ReportFormat.LEGACY_2008) {
            // legacy outlines were prescribed locally: only their numbering is checked, by S11
            return List.of();
        }
        // a numbering that skips or restarts is S11's one finding, not one "编号应为" per section after it
        boolean numberingBroken = !Numbering.check(ctx).isEmpty();
        List<Section> sections = r.sections();
        if (sections.isEmpty()) {
            return List.of(Finding.of("S1", Severity.ERROR, "未识别出报告的章节。年度报告应依次包含一至六部分："
                    + String.join("；", StandardSections.all().stream().map(StandardSections.Section::printed).toList())
                    + "。", List.of(), SourceLocation.DOCUMENT));
        }
        Map<Integer, Integer> indexOf = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            int at = i;
            StandardSections.namedBy(sections.get(i).heading())
                    .ifPresent(spec -> indexOf.putIfAbsent(spec.number(), at));
        }
        List<Finding> out = new ArrayList<>();
        int lastIndex = -1;
        for (StandardSections.Section spec : StandardSections.all()) {
            int n = spec.number();
            Integer i = indexOf.get(n);
            String official = spec.printed();
            if (i == null) {
                out.add(Finding.of("S1", Severity.ERROR, "缺少第" + spec.numeral() + "部分“" + official
                        + "”。年度报告格式规定的六个部分都必须有，请补上这一部分（没有内容的写“无”）。", List.of(),
                        SourceLocation.DOCUMENT));
                continue;
            }
            Section s = sections.get(i);
            if (i < lastIndex) {
                out.add(Finding.of("S1", Severity.ERROR, "“" + s.printedHeading() + "”的位置不对：应排在第"
                        + spec.numeral() + "部分，请按一至六的顺序排列。", List.of(), s.location()));
            } else if (!s.number().isEmpty() && !s.number().equals(spec.numeral()) && !numberingBroken) {
                out.add(Finding.of("S1", Severity.ERROR, "“" + s.printedHeading() + "”的编号应为“"
                        + spec.numeral() + "”（“" + official + "”）。请更正编号。", List.of(), s.location()));
            } else if (s.number().isEmpty()) {
                out.add(Finding.of("S1", Severity.WARNING, "“" + s.heading() + "”没有编号，应为“" + official + "”。",
                        List.of(), s.location()));
            }
            lastIndex = Math.max(lastIndex, i);
        }
        return out;
    }

    /** S2: the tables match the report year; trial rows in a 2021 table. */
    static List<Finding> tableFormat(ValidationContext ctx) {
        Report r = ctx.report();
        List<Finding> out = new ArrayList<>();
        Integer year = r.metadata().year();
        if (year != null && (!r.cells().isEmpty())) {
            ReportFormat expected = ReportFormat.forReportYear(year);
            if (expected != r.format()) {
                boolean anachronistic = expected == ReportFormat.TRIAL_2019 && r.format() == ReportFormat.CURRENT_2021;
                String msg = year + "年度报告应使用" + expected.displayName() + "的表格，但报告中的表格是"
                        + r.format().displayName() + "。";
                msg += r.format() == ReportFormat.TRIAL_2019 && year >= 2021
                        ? "使用旧格式：请按国办公开办函〔2021〕30号的格式重新填写表格。"
                        : anachronistic ? "请核对报告年度或表格格式。" : "请按规定格式填写表格。";
                out.add(Finding.of("S2", anachronistic ? Severity.WARNING : Severity.ERROR, msg, List.of(),
                        firstCellLocation(ctx)));
            }
        }
        // old-format columns come one note per column; a clerk needs one finding per table listing them
        Map<Integer, List<ReadNote>> oldColumns = new LinkedHashMap<>();
        for (ReadNote n : r.notes()) {
            switch (n.code()) {
                case TRIAL_ROW_IN_CURRENT -> out.add(Finding.of("S2", Severity.ERROR, "使用旧格式：" + n.message()
                        + "。请按国办公开办函〔2021〕30号的格式填写。", n.cells(), n.location()));
                case TRIAL_COLUMN_IN_CURRENT ->
                        oldColumns.computeIfAbsent(n.location().table(), k -> new ArrayList<>()).add(n);
                default -> {
                }
            }
        }
        oldColumns.values().forEach(notes -> {
            if (notes.size() == 1) {
                ReadNote n = notes.get(0);
                out.add(Finding.of("S2", Severity.ERROR, "使用旧格式：" + n.message()
                        + "。请按国办公开办函〔2021〕30号的格式填写。", n.cells(), n.location()));
                return;
            }
            List<String> cells = new ArrayList<>();
            Set<String> labels = new java.util.LinkedHashSet<>();
            for (ReadNote n : notes) {
                cells.addAll(n.cells());
                n.cells().forEach(id -> ctx.forms().form(ReportFormat.TRIAL_2019).cell(id).flatMap(CellDefinition::columnIfAny)
                        .ifPresent(c -> labels.add("“" + c.label() + "”")));
            }
            out.add(Finding.of("S2", Severity.ERROR, "使用旧格式：" + notes.get(0).location().describe()
                    .replaceAll("第\\d+行第\\d+列$", "") + "中有 " + notes.size() + " 个2019年试行格式的栏目（"
                    + String.join("", labels) + "），2021年格式已不再使用，这些栏的数据按试行格式保留、未计入2021年格式的单元格。"
                    + "请按国办公开办函〔2021〕30号的格式重新填写该表。", cells, notes.get(0).location()));
        });
        return out;
    }


    private static SourceLocation firstCellLocation(ValidationContext ctx) {
        return ctx.report().cells().values().stream().findFirst().map(c -> c.location())
                .orElse(SourceLocation.DOCUMENT);
    }

    /** S3: every official row and column present (notes, then cells of present tables the notes do not cover). */
    static List<Finding> rowsAndColumns(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        // a trial row printed in place of its 2021 sub-rows (（六）其他处理 as one row) is S2's one finding: the
        // sub-rows it stands for are not also missing rows (one defect, one finding)
        Set<String> trialRows = new HashSet<>();
        for (ReadNote n : ctx.report().notes()) {
            if (n.code() == ReadNote.Code.TRIAL_ROW_IN_CURRENT) {
                n.cells().forEach(id -> trialRows.add(rowOf(id)));
            }
        }
        for (ReadNote n : ctx.report().notes()) {
            if (n.code() == ReadNote.Code.ROW_MISSING && !n.cells().isEmpty() && n.cells().stream().allMatch(id ->
                    ctx.form().cell(id).map(d -> trialRows.contains(d.table() + ":" + d.row().parent()))
                            .orElse(false))) {
                covered.addAll(n.cells());
                continue;
            }
            switch (n.code()) {
                case ROW_MISSING, COLUMN_MISSING, CELL_MISSING -> {
                    String what = switch (n.code()) {
                        case ROW_MISSING -> "行";
                        case COLUMN_MISSING -> "列";
                        default -> "单元格";
                    };
                    out.add(Finding.of("S3", Severity.ERROR, n.message().replace("（漏项）", "") + "（漏项）。请按规定格式补全该"
                            + what + "。", n.cells(), n.location()));
                    covered.addAll(n.cells());
                }
                case EXTRA_ROW -> out.add(Finding.of("S3", Severity.WARNING, "表格中有规定格式以外的行：" + n.message()
                        + "。如不是本省规定的附加项，请删除或并入规定的行。", n.cells(), n.location()));
                default -> {
                }
            }
        }
        for (FormTable t : ctx.form().tables()) {
            if (!ctx.hasTable(t.code()) || ctx.report().format() == ReportFormat.LEGACY_2008) {
                continue;
            }
            Map<String, List<CellDefinition>> missingByRow = new LinkedHashMap<>();
            for (CellDefinition d : t.cells()) {
                if (!ctx.report().cells().containsKey(d.id()) && !covered.contains(d.id())) {
                    missingByRow.computeIfAbsent(d.row().code(), k -> new ArrayList<>()).add(d);
                }
            }
            missingByRow.values().forEach(defs -> {
                List<String> ids = defs.stream().map(CellDefinition::id).toList();
                String what = defs.get(0).column() == null ? "" : "（" + String.join("、",
                        defs.stream().map(d -> d.column().label()).toList()) + "）";
                out.add(Finding.of("S3", Severity.ERROR, "漏项：" + t.caption().reference() + "缺少“"
                        + defs.get(0).row().label() + "”行的 " + defs.size() + " 个单元格" + what
                        + "。请按规定格式补全。", ids, tableLocation(ctx, t.code())));
            });
        }
        return out;
    }

    /** T3:R3.6 of T3:R3.6:natural: the table and row of a cell id. */
    private static String rowOf(String id) {
        int last = id.lastIndexOf(':');
        return last > 0 ? id.substring(0, last) : id;
    }

    /** Where a table was printed: the location of its first cell read. */
    private static SourceLocation tableLocation(ValidationContext ctx, String table) {
        return ctx.report().cells().values().stream().filter(c -> c.id().startsWith(table + ":")).findFirst()
                .map(c -> c.location()).orElse(SourceLocation.DOCUMENT);
    }

    /** The section a table is printed in (its caption's number: 二, 三, 四), for a note about the table as a whole. */
    private static SourceLocation sectionOfTable(ValidationContext ctx, List<String> ids) {
        if (ids.isEmpty()) {
            return SourceLocation.DOCUMENT;
        }
        String table = ids.get(0).substring(0, Math.max(0, ids.get(0).indexOf(':')));
        return ctx.form().table(table).filter(t -> t.caption().numbered())
                .flatMap(t -> ctx.report().sections().stream().filter(s -> s.number().equals(t.caption().number()))
                        .findFirst())
                .map(Section::location).orElse(SourceLocation.DOCUMENT);
    }

    /** S4: each required table present as a table. */
    static List<Finding> tablesPresent(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (ReadNote n : ctx.report().notes()) {
            switch (n.code()) {
                case TABLE_MISSING -> {
                    // point at the section the table belongs in, not at the whole document
                    SourceLocation where = n.location().kind() == SourceLocation.Kind.DOCUMENT
                            ? sectionOfTable(ctx, n.cells()) : n.location();
                    out.add(Finding.of("S4", Severity.ERROR, "缺少表格：" + n.message()
                            + "。规定的表格必须以文字表格形式填报（不能是图片或文字叙述）。", n.cells(), where));
                    n.cells().forEach(id -> noted.add(id.substring(0, Math.max(0, id.indexOf(':')))));
                    noted.add("*");
                }
                case PART_MISSING -> out.add(Finding.of("S4", Severity.WARNING, "文件不完整：" + n.message()
                        + "。已读取其余内容，请核对原文件或重新保存后再报送。", n.cells(), n.location()));
                case FORM_NOT_RECOGNISED -> out.add(Finding.of("S4", Severity.WARNING, "未能识别的统计表：" + n.message()
                        + "。该表格与规定格式不符，其数字未能核对。", n.cells(), n.location()));
                case FORM_RECOGNISED -> out.add(Finding.of("S4", Severity.INFO, "统计表格式：" + n.message()
                        + "。各项按该格式核对，与全国通用指标含义相同的项按通用指标读取。", n.cells(), n.location()));
                case CONTENT_NOT_AS_NAMED -> out.add(Finding.of("S4", Severity.WARNING, "文件类型与文件名不符："
                        + n.message() + "。", n.cells(), n.location()));
                case FORM_UNKNOWN -> out.add(Finding.of("S4", Severity.WARNING, "表格格式未配置：" + n.message()
                        + "。本省格式附加的单元格未能读取和核对。", n.cells(), n.location()));
                default -> {
                }
            }
        }
        if (ctx.report().format() == ReportFormat.LEGACY_2008 || noted.contains("*")) {
            return out;
        }
        for (FormTable t : ctx.form().tables()) {
            if (!ctx.hasTable(t.code())) {
                // a table is printed in the section its caption numbers (二, 三, 四)
                String sectionNumber = t.caption().number();
                SourceLocation where = ctx.report().sections().stream()
                        .filter(s -> t.caption().numbered() && s.number().equals(sectionNumber))
                        .findFirst().map(Section::location).orElse(SourceLocation.DOCUMENT);
                out.add(Finding.of("S4", Severity.ERROR, "未找到" + t.caption().reference()
                        + "（" + String.join("、", t.rows().stream().limit(2).map(x -> x.label()).toList())
                        + "…）。规定的表格必须以文字表格形式填报，不能只有图片或文字叙述。", List.of(), where));
            }
        }
        return out;
    }
}
