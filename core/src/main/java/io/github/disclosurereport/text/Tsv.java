package io.github.disclosurereport.text;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated data files of the forms: # comments and blank lines skipped, the first line a header. */
public final class Tsv {

    private Tsv() {
    }

    /** Header first, then the data lines, each split on tabs (empty trailing fields kept). */
    public static List<String[]> parse(Reader tsv) throws IOException {
        return numbered(tsv).stream().map(Line::fields).toList();
    }

    /** A data line with its 1-based line number in the file, for messages that name the line. */
    public record Line(int number, String[] fields) {
    }

    /**
     * Tab-separated, no quoting (a label may hold any character but a tab), {@code #} starts a comment line.
     * Jackson's CSV parser reads it, so line ends of every platform and a byte-order mark are handled there.
     */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final CsvSchema TSV = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
            .withoutEscapeChar();

    /** Like {@link #parse}, keeping each line's number. */
    public static List<Line> numbered(Reader tsv) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (CsvParser in = (CsvParser) CSV.getFactory().createParser(tsv)) {
            in.setSchema(TSV);
            if (in.nextToken() != JsonToken.START_ARRAY) {
                return lines; // nothing but comments and blank lines
            }
            for (JsonToken t = in.nextToken(); t == JsonToken.START_ARRAY; t = in.nextToken()) {
                int number = 0; // the line of the row's first field (the row's start token sits at the line before)
                List<String> fields = new ArrayList<>();
                for (JsonToken f = in.nextToken(); f != JsonToken.END_ARRAY; f = in.nextToken()) {
                    if (fields.isEmpty()) {
                        number = in.currentTokenLocation().getLineNr();
                    }
                    fields.add(in.getText());
                }
                if (fields.stream().anyMatch(field -> !field.isBlank())) {
                    lines.add(new Line(number, fields.toArray(String[]::new)));
                }
            }
        }
        return lines;
    }

    /**
     * The data lines (header dropped) of a TSV bundled beside the forms (the printed layout, the conversion
     * rules): data that derives from the forms and is read by the writers.
     *
     * @param name the resource's name in the forms' folder, e.g. {@code print-layout.tsv}
     */
    public static List<String[]> formsData(String name) {
        String resource = "/io/github/disclosurereport/form/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            List<String[]> lines = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.isEmpty() ? List.of() : List.copyOf(lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
