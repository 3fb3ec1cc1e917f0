package io.github.disclosurereport.form;

/**
 * A printed data column.
 *
 * @param code   stable key, e.g. natural, issued, total
 * @param parent the block it belongs to (T2) or a printed column group (T3 legal_person); empty otherwise
 * @param check  {@link Check#SIGNED} for signed change columns
 * @param unit   the unit, e.g. 件, 万元; empty where none is printed
 * @param label  the official printed label
 */
public record FormColumn(String code, String parent, Check check, String unit, String label) {
}
