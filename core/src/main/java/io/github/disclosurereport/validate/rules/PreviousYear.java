package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.util.List;
import java.util.Optional;

/**
 * D4: whether the report given as last year's is last year's report of the same organ. The comparisons (A5, A6,
 * D3) use it only when it is; otherwise they are refused, not run, as their findings would mislead.
 */
final class PreviousYear {

    private PreviousYear() {
    }

    /** Why this previous report cannot be compared with the report, in one line; empty when it can. */
    static Optional<String> refusal(Report report, Report previous) {
        Metadata now = report.metadata();
        Metadata last = previous.metadata();
        if (now.year() != null && last.year() != null && last.year() != now.year() - 1) {
            return Optional.of("作为上一年度报告提供的是" + last.year() + "年度的报告，而本报告是" + now.year()
                    + "年度的，应提供" + (now.year() - 1) + "年度的报告。未与其比较结转数和现行有效件数，请换用上一年度的报告。");
        }
        String a = TextRules.normalise(now.organization());
        String b = TextRules.normalise(last.organization());
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
            return Optional.of("作为上一年度报告提供的是“" + last.organization() + "”的报告，而本报告是“"
                    + now.organization() + "”的，两者不是同一单位。未与其比较结转数和现行有效件数，请换用本单位上一年度的报告。");
        }
        return Optional.empty();
    }

    /** Last year's report when one was given and D4 accepts it. */
    static Optional<Report> usable(ValidationContext ctx) {
        return ctx.previous().filter(p -> refusal(ctx.report(), p).isEmpty());
    }

    /** D4. */
    static List<Finding> check(ValidationContext ctx) {
        return ctx.previous().flatMap(p -> refusal(ctx.report(), p))
                .map(why -> List.of(Finding.of("D4", Severity.ERROR, why, List.of(), null))).orElse(List.of());
    }
}
