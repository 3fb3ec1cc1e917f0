package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.text.ChineseNumerals;
import io.github.disclosurereport.text.StandardSections;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * S11: the top-level numbering runs 一、二、… without skipping, repeating or restarting. A heading printed without
 * a numeral takes the next number; a run restarting at 一 whose headings are not top-level parts is sub-numbering
 * inside a section (body text), not a restart. One finding per break: the count goes on from the number printed.
 */
final class Numbering {

    private Numbering() {
    }

    static List<Finding> check(ValidationContext ctx) {
        if (TextRules.isWorkbook(ctx)) {
            return List.of();
        }
        boolean standard = ctx.report().format() != ReportFormat.LEGACY_2008;
        List<Finding> out = new ArrayList<>();
        int counter = 0;
        int sub = 0;
        String lastHeading = "";
        List<Section> sections = ctx.report().sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int n = StructureRules.numeralValue(s.number());
            if (s.number().isEmpty()) {
                counter++;
                sub = 0;
                lastHeading = s.printedHeading();
                continue;
            }
            if (n == 0) {
                continue;
            }
            if (n == counter + 1) {
                counter = n;
                sub = 0;
                lastHeading = s.printedHeading();
                continue;
            }
            // words of the six official top-level headings (sections-2021.tsv): such a heading is a top-level part
            boolean topLevel = standard && StandardSections.isTopLevel(s.heading());
            if (!topLevel && (sub > 0 && n == sub + 1 || n == 1 && counter >= 1)) {
                sub = n;
                continue;
            }
            String expected = ChineseNumerals.format(counter + 1);
            // one wrong numeral between right ones (一、三、三、四) is one slip, not a skip and a repeat
            boolean slip = nextNumber(sections, i) == counter + 2;
            String what = slip ? "与前后的编号不连续"
                    : n > counter + 1 ? "跳过了“" + String.join("、", skipped(counter, n)) + "”"
                    : n == counter ? "与上一部分“" + lastHeading + "”的编号重复" : "重新从“" + s.number() + "”开始编号";
            out.add(Finding.of("S11", Severity.ERROR, "“" + s.printedHeading() + "”编为“" + s.number() + "”，" + what
                    + "：" + (counter == 0 ? "第一部分" : "“" + lastHeading + "”之后") + "应编为“" + expected
                    + "”。请按一、二、三……的顺序连续编号。", List.of(), s.location()));
            counter = slip ? counter + 1 : n;
            sub = 0;
            lastHeading = s.printedHeading();
        }
        return out;
    }

    /** The number the section after i stands for: its numeral, or -1 when it has none or there is none. */
    private static int nextNumber(List<Section> sections, int i) {
        if (i + 1 >= sections.size()) {
            return -1;
        }
        int n = StructureRules.numeralValue(sections.get(i + 1).number());
        return n == 0 ? -1 : n;
    }

    private static List<String> skipped(int counter, int n) {
        List<String> out = new ArrayList<>();
        for (int i = counter + 1; i < n; i++) {
            out.add(ChineseNumerals.format(i));
        }
        return out;
    }
}
