package io.github.disclosurereport.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the reader noticed and could not express in the model's values: a table that is not a known form,
 * a trial-format row found in a 2021 table, a table missing from its section. The validator turns these into
 * findings; they never stop a read.
 *
 * @param code     a stable code, e.g. {@code FORM_NOT_RECOGNISED}, {@code TABLE_MISSING}, {@code EXTRA_ROW}
 * @param message  what happened, in Chinese
 * @param cells    the cell ids concerned, if any
 * @param location where in the source
 */
public record ReadNote(String code, String message, List<String> cells, SourceLocation location) {
    public ReadNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        cells = List.copyOf(cells);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }
}
