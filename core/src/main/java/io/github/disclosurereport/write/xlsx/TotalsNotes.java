package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes on totals whose printed value disagrees with the sum of their parts. A printed number stays in the cell
 * (marked) and the note gives the sum and its formula; a total printed blank or as text shows the formula's sum and
 * the note says what was printed. The id sheet keeps the printed cell, so reading the workbook back gives the report
 * as printed until someone changes it.
 */
final class TotalsNotes {

    private TotalsNotes() {
    }

    /** A note on each derived cell whose cached sum differs from the report's printed value. */
    static void add(XSSFWorkbook wb, Report report, Map<String, List<String>> derived, Collection<Placed> placed,
                    Map<String, ValueWriter.Disagreement> kept) {
        XSSFCreationHelper helper = wb.getCreationHelper();
        Map<XSSFSheet, XSSFDrawing> drawings = new HashMap<>();
        for (Placed p : placed) {
            if (!derived.containsKey(p.id())) {
                continue;
            }
            Cell printed = report.cells().get(p.id());
            ValueWriter.Disagreement d = kept.get(p.id());
            if (printed == null || d == null && agrees(printed, IdSheet.contentOf(p.cell()))) {
                continue;
            }
            String text = d != null ? "原表填报数为 " + printed.raw().strip() + "，与各分项之和 " + shown(d.sum())
                    + " 不一致；本格按原表显示，请核实后改正。分项之和的公式：=" + d.formula()
                    : switch (printed.state()) {
                case NUMBER -> "原表填报数为 " + printed.raw().strip() + "，与各分项之和不一致；本格按公式显示分项之和。";
                case EMPTY -> "原表此格空白；本格按公式显示分项之和。";
                default -> "原表填写“" + printed.raw() + "”；本格按公式显示分项之和。";
            };
            XSSFDrawing drawing = drawings.computeIfAbsent(p.sheet(), XSSFSheet::createDrawingPatriarch);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(p.address().getColumn() + 1);
            anchor.setCol2(p.address().getColumn() + 4);
            anchor.setRow1(p.address().getRow());
            anchor.setRow2(p.address().getRow() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor("disclosure-report");
            p.cell().setCellComment(comment);
        }
    }

    /** A cached result as a clerk reads it: the number, or 空白. */
    private static String shown(String content) {
        return content.startsWith("n:") ? content.substring(2).replaceAll("\\.0$", "")
                : content.equals(IdSheet.BLANK) ? "（空白）" : content.substring(2);
    }

    /** Whether the formula's cached result shows what the report printed (a number, or blank). */
    private static boolean agrees(Cell printed, String content) {
        return switch (printed.state()) {
            case NUMBER -> content.equals(IdSheet.numberContent(printed.value().doubleValue()));
            case EMPTY -> content.equals(IdSheet.BLANK);
            default -> false;
        };
    }
}
