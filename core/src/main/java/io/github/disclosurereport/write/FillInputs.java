package io.github.disclosurereport.write;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.read.ReportReadException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses a fill that would lose text: a "template" that already holds a report's text or figures (filling would
 * write over them) and a "report" that holds nothing (a blank template) — together, the two files given the wrong
 * way round. Shared by every kind of template the filler takes.
 */
public final class FillInputs {

    /** Template text that stands for text to come: empty, wholly in brackets （文字描述）, or a {{placeholder}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\s\\u3000]*|[（(【\\[].*[）)】\\]]|.*\\{\\{.*}}.*");

    private FillInputs() {
    }

    /**
     * Checks the two inputs of a fill.
     *
     * @param template     the template as read
     * @param templateName its file name, for the message
     * @param from         the report whose content goes in
     * @throws ReportReadException NOT_A_TEMPLATE when the template holds a report's section text or figures,
     *                             NOT_A_REPORT when the report holds no figure and no text
     */
    public static void check(Report template, String templateName, Report from) throws ReportReadException {
        Optional<String> text = writtenText(template);
        long figures = template.cells().values().stream().filter(FillInputs::isFigure).count();
        if (text.isPresent() || figures > 0) {
            String what = text.map(t -> "正文“" + shorten(t) + "”")
                    .orElse(figures + " 个数字");
            throw new ReportReadException(ReportReadException.Reason.NOT_A_TEMPLATE, templateName
                    + ": 模板中已有" + what + "，像是一份报告而不是空白模板，填写会覆盖它；请检查参数顺序"
                    + "（fill 模板.docx --from 报告.docx） / the template already holds a report's text or figures"
                    + " (were the template and the report swapped?)");
        }
        boolean anyValue = from.cells().values().stream().anyMatch(c -> c.state() != CellState.EMPTY);
        if (!anyValue && writtenText(from).isEmpty()) {
            String name = from.source().fileName().isEmpty() ? "报告" : from.source().fileName();
            throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT, name
                    + ": 要填入的报告中没有任何数字和正文，像是空白模板；请检查参数顺序 / the report to fill from holds"
                    + " no figures and no text (is it a blank template?)");
        }
    }

    /** A figure a report printed: a number other than 0 (a template may come with its zeros filled in). */
    private static boolean isFigure(Cell c) {
        return c.state() == CellState.NUMBER && c.value().compareTo(BigDecimal.ZERO) != 0;
    }

    /** The first section paragraph that is written text, not a placeholder. */
    private static Optional<String> writtenText(Report r) {
        for (Section s : r.sections()) {
            for (Paragraph p : s.paragraphs()) {
                if (!PLACEHOLDER.matcher(p.text().strip()).matches()) {
                    return Optional.of(p.text().strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
