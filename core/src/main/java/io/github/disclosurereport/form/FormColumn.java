package io.github.disclosurereport.form;

import java.util.List;

/**
 * A printed data column.
 *
 * @param code   stable key, e.g. natural, issued, total
 * @param parent the block it belongs to (T2) or a printed column group (T3 legal_person); empty otherwise
 * @param check  {@link Check#SIGNED} for signed change columns
 * @param unit   the unit, e.g. 件, 万元; empty where none is printed
 * @param label  the official printed label
 * @param also   other headers offices print for the same column (a provincial form's data); empty for the
 *               national forms
 */
public record FormColumn(String code, String parent, Check check, String unit, String label, List<String> also) {

    /**
     * Keeps an unmodifiable copy of the other headers.
     *
     * @param code   stable key
     * @param parent the block or printed column group; empty otherwise
     * @param check  {@link Check#SIGNED} for signed change columns
     * @param unit   the unit; empty where none is printed
     * @param label  the official printed label
     * @param also   other printed headers of the column
     */
    public FormColumn {
        also = List.copyOf(also);
    }

    /**
     * A column printed under its one header.
     *
     * @param code   stable key
     * @param parent the block or printed column group; empty otherwise
     * @param check  {@link Check#SIGNED} for signed change columns
     * @param unit   the unit; empty where none is printed
     * @param label  the official printed label
     */
    public FormColumn(String code, String parent, Check check, String unit, String label) {
        this(code, parent, check, unit, label, List.of());
    }
}
