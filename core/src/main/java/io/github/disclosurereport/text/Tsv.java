package io.github.disclosurereport.text;

import java.io.BufferedReader;
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

    /** Like {@link #parse}, keeping each line's number. */
    public static List<Line> numbered(Reader tsv) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(tsv)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(n, line.split("\t", -1)));
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
