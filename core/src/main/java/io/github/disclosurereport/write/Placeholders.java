package io.github.disclosurereport.write;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{…}}} placeholders of a template and what each stands for in a report — one reading for the Word and
 * the workbook filler: {@code {{organization}}}, {@code {{title}}}, {@code {{addressee}}}, {@code {{year}}},
 * {@code {{date}}} and {@code {{cell:ID}}}.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    private Placeholders() {
    }

    /**
     * A text with its known placeholders replaced.
     *
     * @param text     the text with the report's values in place of its known placeholders
     * @param replaced how many placeholders were replaced (0: the text is unchanged)
     */
    public record Replaced(String text, int replaced) {
    }

    /** Whether the text holds something that looks like a placeholder (a quick test before {@link #replace}). */
    public static boolean mayHold(String text) {
        return text.contains("{{");
    }

    /**
     * Replaces every placeholder the report has a value for; the others stay in the text and are added to
     * {@code unknown} by name.
     */
    public static Replaced replace(String text, Report from, List<String> unknown) {
        if (!mayHold(text)) {
            return new Replaced(text, 0);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (m.find()) {
            Optional<String> value = value(m.group(1), from);
            if (value.isPresent()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(value.get()));
                count++;
            } else {
                unknown.add(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(sb);
        return new Replaced(sb.toString(), count);
    }

    /**
     * The report cell that a text consisting of one {@code {{cell:ID}}} placeholder and nothing else stands for, so
     * that a spreadsheet cell can take its number as a number; empty for any other text or a cell the report lacks.
     */
    public static Optional<Cell> wholeCell(String text, Report from) {
        Matcher m = PLACEHOLDER.matcher(text.strip());
        if (!m.matches() || !m.group(1).startsWith("cell:")) {
            return Optional.empty();
        }
        return Optional.ofNullable(from.cells().get(cellId(m.group(1))));
    }

    /** The value a placeholder name stands for in the report; empty when it is unknown or the report lacks it. */
    public static Optional<String> value(String name, Report r) {
        var m = r.metadata();
        return switch (name) {
            case "organization" -> Optional.of(m.organization());
            case "title" -> Optional.of(m.title());
            case "addressee" -> Optional.of(m.addressee());
            case "year" -> Optional.ofNullable(m.year()).map(String::valueOf);
            case "date" -> Optional.ofNullable(m.date()).map(d -> d.getYear() + "年" + d.getMonthValue() + "月"
                    + d.getDayOfMonth() + "日");
            default -> name.startsWith("cell:")
                    ? Optional.ofNullable(r.cells().get(cellId(name))).map(DocxCells::valueText)
                    : Optional.empty();
        };
    }

    private static String cellId(String name) {
        return name.substring("cell:".length()).strip();
    }
}
