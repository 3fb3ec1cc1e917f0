package io.github.disclosurereport;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.xlsx.AggregateWorkbook;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sums departments' reports of one year into a region's table (汇总): every cell of the 2019 or 2021 tables (a
 * legacy report through its conversion to 2021), written as a workbook with a column per department and the sums
 * as live formulas, and compared with the region's own report (rule A8). Get it from
 * {@link DisclosureReports#aggregator()}; immutable and thread-safe.
 */
public final class ReportAggregator {

    private static final Pattern WHOLE_REGION = Pattern.compile("全(?:县|市|区|省|州|旗|盟)(?:共|累计|各级|政府系统)?");

    private final FormSet forms;
    private final Validator validator;
    private final ReportConverter converter;

    ReportAggregator(FormSet forms, Validator validator, ReportConverter converter) {
        this.forms = forms;
        this.validator = validator;
        this.converter = converter;
    }

    /**
     * The sum of departments' reports and what was left out.
     *
     * @param sum      a report of the summed tables (organization 汇总, the departments' year and format)
     * @param included the departments' reports that were summed (legacy ones as converted to 2021)
     * @param names    each included report's name in the workbook (organization, else file name)
     * @param refused  each report left out with the reason, one line each (another year or format, ERRORs)
     */
    public record Aggregation(Report sum, List<Report> included, List<String> names, List<String> refused) {
        /**
         * Keeps unmodifiable copies.
         *
         * @param sum      the summed report
         * @param included the summed reports
         * @param names    their names
         * @param refused  the reports left out, with reasons
         */
        public Aggregation {
            Objects.requireNonNull(sum, "sum");
            included = List.copyOf(included);
            names = List.copyOf(names);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Sums the reports of the year and format most of them have; the others are refused with a reason, as are
     * reports with ERROR findings unless {@code includeErrors}.
     *
     * @param departments   the departments' reports
     * @param includeErrors whether a report with ERROR findings is summed (it is listed either way)
     * @return the sum; its {@code included} list is empty when nothing could be summed
     */
    public Aggregation aggregate(List<Report> departments, boolean includeErrors) {
        List<Report> candidates = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Report r : departments) {
            Report tables = r.format() == ReportFormat.LEGACY_2008 ? converter.toCurrent(r).report() : r;
            candidates.add(tables);
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Report r : candidates) {
            votes.merge(key(r), 1, Integer::sum);
        }
        String chosen = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<Report> included = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Report r = candidates.get(i);
            Report original = departments.get(i);
            String name = name(original);
            if (!key(r).equals(chosen)) {
                refused.add(name + "：年度或格式与其他报告不同（" + describe(r) + "，汇总的是 " + describe(chosen) + "），未汇总");
                continue;
            }
            long errors = validator.validate(original).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).count();
            if (errors > 0 && !includeErrors) {
                refused.add(name + "：有 " + errors + " 个错误，请先更正（或加 --include-errors 照样汇总），未汇总");
                continue;
            }
            if (errors > 0) {
                refused.add(name + "：有 " + errors + " 个错误，已按原数汇总，请核对");
            }
            included.add(r);
            names.add(name);
        }
        ReportFormat format = included.isEmpty() ? ReportFormat.CURRENT_2021 : included.get(0).format();
        Integer year = included.isEmpty() ? null : included.get(0).metadata().year();
        FormDefinition form = included.isEmpty() ? forms.form(format) : included.get(0).form(forms);
        Map<String, Cell> sums = new LinkedHashMap<>();
        for (CellDefinition d : form.cells()) {
            sums.put(d.id(), sum(d.id(), included));
        }
        String title = "政府信息公开工作年度报告汇总表" + (year == null ? "" : "（" + year + "年度）");
        Report sum = new Report(format, new Metadata(title, "汇总（" + included.size() + "个单位）", "", year, null, ""),
                List.of(), List.of(), sums, List.of(), null, List.of(),
                new Report.SourceInfo("", "", form));
        return new Aggregation(sum, included, names, refused);
    }

    /**
     * Rule A8: the region's own report against the sum of its departments'. Each cell of 表二–表四 where the region
     * reports less than its departments together is a WARNING; where the region's report says it covers the
     * whole region (全县、全市…), any difference is.
     *
     * @param region the region's own report (of the same format; a legacy one is converted to 2021 first)
     * @param sum    the departments' sum
     * @return the differences, in form order
     */
    public List<Finding> compare(Report region, Aggregation sum) {
        Report r = region.format() == ReportFormat.LEGACY_2008 ? converter.toCurrent(region).report() : region;
        List<Finding> out = new ArrayList<>();
        if (r.format() != sum.sum().format()) {
            out.add(Finding.of("A8", Severity.WARNING, "本级报告的格式（" + r.format().displayName() + "）与汇总的格式（"
                    + sum.sum().format().displayName() + "）不同，无法逐项比较。", List.of(), null));
            return out;
        }
        boolean whole = r.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text)
                .anyMatch(t -> WHOLE_REGION.matcher(t).find())
                || WHOLE_REGION.matcher(r.metadata().title()).find();
        for (Cell total : sum.sum().cells().values()) {
            if (total.value() == null) {
                continue;
            }
            Cell own = r.cells().get(total.id());
            BigDecimal value = own == null ? null : own.value();
            BigDecimal shown = value == null ? BigDecimal.ZERO : value;
            int cmp = shown.compareTo(total.value());
            if (cmp < 0 || (whole && cmp != 0)) {
                String what = own == null || value == null ? "空白" : value.toPlainString();
                String label = sum.sum().form(forms).cell(total.id()).map(CellDefinition::describe).orElse(total.id());
                out.add(new Finding("A8", Severity.WARNING, "本级报告“" + label + "”（" + total.id() + "）填的是 " + what + "，各部门之和为 "
                        + total.value().toPlainString() + (cmp < 0 ? "（本级报告小于各部门之和）" : "（报告称涵盖全辖区，应与各部门之和一致）")
                        + "。请核对本级报告或各部门报告。", List.of(total.id()),
                        own == null ? null : own.location(), total.value(), value));
            }
        }
        return out;
    }

    /**
     * Writes the workbook: the region's tables in the printed layout with each cell a live formula summing the
     * departments, a 分部门明细 sheet with one column per department, and the reports left out.
     *
     * @param sum    the aggregation
     * @param target the .xlsx to write (through a temporary file moved into place)
     * @throws IOException when the file cannot be written
     */
    public void writeWorkbook(Aggregation sum, Path target) throws IOException {
        OutputFiles.write(target, out -> {
            try (XSSFWorkbook wb = AggregateWorkbook.build(sum.sum(), sum.included(), sum.names(), sum.refused(),
                    forms)) {
                wb.write(out);
            }
        });
    }

    private static Cell sum(String id, List<Report> reports) {
        BigDecimal total = null;
        for (Report r : reports) {
            Cell c = r.cells().get(id);
            if (c != null && c.state() == CellState.NUMBER) {
                total = total == null ? c.value() : total.add(c.value());
            }
        }
        return total == null ? new Cell(id, null, "", CellState.EMPTY, null) : Cell.number(id, total, null);
    }

    private static String key(Report r) {
        return r.metadata().year() + "|" + r.format().name();
    }

    private static String describe(Report r) {
        return describe(key(r));
    }

    private static String describe(String key) {
        String[] parts = key.split("\\|");
        return ("null".equals(parts[0]) ? "年度未识别" : parts[0] + "年度") + "、"
                + ReportFormat.valueOf(parts[1]).displayName();
    }

    private static String name(Report r) {
        return !r.metadata().organization().isEmpty() ? r.metadata().organization() : r.source().fileName();
    }
}
