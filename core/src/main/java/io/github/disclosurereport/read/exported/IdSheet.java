package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.mapping.CellValues;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The format of the hidden id sheet {@value #NAME}, by which an exported workbook reads back to exactly the report
 * that was written; the exporter writes it from {@link #rows} and {@link ExportedWorkbookReader} reads it with
 * {@code head} and {@link #lines}, so the layout is defined here only.
 *
 * <p>Row 0 holds a marker that tells our workbooks from any other .xlsx, the report format and the name of the form
 * the workbook was laid out in (a variant's); row 1 headings; from row 2 one {@link Line} per form cell. Every cell
 * of the sheet is text, so that no program takes ids like {@code T3:R1:total} for numbers or dates.
 *
 * <p>A workbook cell's content is compared in one string encoding ({@link #contentOf}): {@code n:} and the number,
 * {@code s:} and the text, or {@code b:} for blank; {@code cellOf} turns it back into a report cell.
 *
 * <p>The {@value #INFO_SHEET} sheet carries the metadata the same way: its hidden column {@link #INFO_KEY_COLUMN}
 * names the field ({@link InfoKey}) whose value stands in column {@link #INFO_VALUE_COLUMN}.
 */
public final class IdSheet {

    public static final String NAME = "cell_ids";
    public static final String INFO_SHEET = "报告信息";
    public static final int INFO_VALUE_COLUMN = 1;
    public static final int INFO_KEY_COLUMN = 2;

    private static final String MARKER = "disclosure-report cell ids v1";
    private static final List<String> HEADINGS = List.of("id", "sheet", "cell", "state", "raw", "value", "written",
            "formula");
    /** Columns of a line. */
    public static final int COLUMNS = HEADINGS.size();
    private static final int FIRST_LINE_ROW = 2;
    /** State written for a form cell the report does not carry (its table was absent from the document). */
    private static final String ABSENT = "ABSENT";
    private static final String SUM = "SUM";

    public static final String BLANK = "b:";
    private static final String NUMBER = "n:";
    private static final String TEXT = "s:";

    private IdSheet() {
    }

    /** Keys of the {@value #INFO_SHEET} sheet's hidden column, one per metadata or sign-off field. */
    public enum InfoKey {
        TITLE("title"),
        ORGANIZATION("organization"),
        ADDRESSEE("addressee"),
        YEAR("year"),
        DATE_TEXT("dateText"),
        DATE("date"),
        /** Shown for people only: the format is read from the id sheet, since it fixes the cell ids. */
        FORMAT("format"),
        UNIT_NAME("signOff.unitName"),
        UNIT_HEAD("signOff.unitHead"),
        REVIEWER("signOff.reviewer"),
        PREPARER("signOff.preparer"),
        PHONE("signOff.phone"),
        FILL_DATE("signOff.fillDate");

        private final String key;

        InfoKey(String key) {
            this.key = key;
        }

        /** The text in the hidden column. */
        public String key() {
            return key;
        }

        static Optional<InfoKey> of(String key) {
            return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
        }
    }

    /**
     * One form cell in the id sheet: where it was placed, the report cell as exported, and what the workbook cell
     * held when written. A workbook cell still holding {@code written} reads back as the exported report cell.
     *
     * @param id      the form cell id
     * @param sheet   the sheet the cell was placed on
     * @param ref     its A1 address there
     * @param state   the report cell's {@link CellState} name, or ABSENT when the report does not carry the cell
     * @param raw     the report cell's printed text
     * @param value   the report cell's number in plain notation, empty when it has none
     * @param written the workbook cell's content when written, as {@link #contentOf} encodes it
     * @param sum     whether the workbook cell is a SUM formula of its parts
     */
    public record Line(String id, String sheet, String ref, String state, String raw, String value, String written,
                       boolean sum) {

        /** The line of a form cell placed at {@code sheet!ref}; {@code exported} is null when the report lacks it. */
        public static Line of(String id, String sheet, String ref, Cell exported, String written, boolean sum) {
            if (exported == null) {
                return new Line(id, sheet, ref, ABSENT, "", "", written, sum);
            }
            return new Line(id, sheet, ref, exported.state().name(), exported.raw(),
                    exported.value() == null ? "" : exported.value().toPlainString(), written, sum);
        }

        /** Whether the report did not carry this cell. */
        boolean absent() {
            return state.equals(ABSENT);
        }

        /** The report cell as exported, when the line holds a complete one. */
        Optional<Cell> exported(SourceLocation location) {
            if (Arrays.stream(CellState.values()).noneMatch(s -> s.name().equals(state))) {
                return Optional.empty();
            }
            CellState st = CellState.valueOf(state);
            BigDecimal v = value.isEmpty() ? null : new BigDecimal(value);
            if (st == CellState.NUMBER && v == null) {
                return Optional.empty();
            }
            return Optional.of(new Cell(id, v, raw, st, location));
        }

        private List<String> columns() {
            return List.of(id, sheet, ref, state, raw, value, written, sum ? SUM : "");
        }
    }

    /** The format and form a workbook was laid out in, from row 0. */
    record Head(ReportFormat format, String formName) {
    }

    /** The sheet's text, row by row from row 0: the head, the headings, then the lines. */
    public static List<List<String>> rows(ReportFormat format, String formName, List<Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(MARKER, format.name(), formName));
        rows.add(HEADINGS);
        lines.forEach(line -> rows.add(line.columns()));
        return rows;
    }

    /** The head, if {@code ids} is our id sheet: marker in A1 and a known format beside it; else empty. */
    static Optional<Head> head(Sheet ids) {
        if (ids == null || !MARKER.equals(text(ids, 0, 0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Head(ReportFormat.valueOf(text(ids, 0, 1)), text(ids, 0, 2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lines of the sheet in order; rows without an id are passed over. */
    public static List<Line> lines(Sheet ids) {
        List<Line> lines = new ArrayList<>();
        for (int r = FIRST_LINE_ROW; r <= ids.getLastRowNum(); r++) {
            String[] c = new String[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                c[i] = text(ids, r, i);
            }
            if (!c[0].isEmpty()) {
                lines.add(new Line(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7].equals(SUM)));
            }
        }
        return lines;
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        var cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : new DataFormatter().formatCellValue(cell);
    }

    /** What a workbook cell holds as saved (a formula: its cached result), in the encoding of this sheet. */
    public static String contentOf(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return content(type, cell::getNumericCellValue, () -> cell.getRichStringCellValue().getString(),
                cell::getBooleanCellValue);
    }

    /** An evaluated formula's result in the same encoding; null (nothing to evaluate) is blank. */
    static String contentOf(CellValue v) {
        return v == null ? BLANK : content(v.getCellType(), v::getNumberValue, v::getStringValue, v::getBooleanValue);
    }

    private static String content(CellType type, DoubleSupplier number, Supplier<String> text, BooleanSupplier bool) {
        return switch (type) {
            case NUMERIC -> numberContent(number.getAsDouble());
            case STRING -> text.get().isEmpty() ? BLANK : TEXT + text.get();
            case BOOLEAN -> TEXT + bool.getAsBoolean();
            case ERROR -> TEXT + "#ERROR";
            default -> BLANK;
        };
    }

    /** A number in the encoding; it goes through double, as the file stores it. */
    public static String numberContent(double d) {
        return NUMBER + BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The report cell a workbook cell with this content reads as: a number, printed text, or blank. */
    static Cell cellOf(String id, String content, SourceLocation location) {
        if (content.startsWith(NUMBER)) {
            BigDecimal v = new BigDecimal(content.substring(NUMBER.length()));
            v = v.scale() < 0 ? v.setScale(0) : v;
            return new Cell(id, v, v.toPlainString(), CellState.NUMBER, location);
        }
        if (content.startsWith(TEXT)) {
            return CellValues.parse(id, content.substring(TEXT.length()), location);
        }
        return new Cell(id, null, "", CellState.EMPTY, location);
    }
}
