package io.github.disclosurereport.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated data files of this package: # comments and blank lines skipped, the first line a header. */
public final class Tsv {

    private Tsv() {
    }

    /** Header first, then the data lines, each split on tabs (empty trailing fields kept). */
    public static List<String[]> parse(Reader tsv) throws IOException {
        return numbered(tsv).stream().map(Line::fields).toList();
    }

    /** A data line with its 1-based line number in the file, for messages that name the line. */
    record Line(int number, String[] fields) {
    }

    /** Like {@link #parse}, keeping each line's number. */
    static List<Line> numbered(Reader tsv) throws IOException {
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

    /** The data lines (header dropped) of a TSV resource of this package. */
    public static List<String[]> resourceRows(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new FormDefinitionException("resource missing from the jar: " + name);
            }
            List<String[]> lines = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.isEmpty() ? List.of() : List.copyOf(lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
