package io.github.disclosurereport.form;

/**
 * A printed header that spans rows or columns and carries no value (T3 三、本年度办理结果, T4 行政诉讼), a T2 block
 * caption, or the T3 note.
 *
 * @param kind   group, block or note as in the TSV
 * @param code   stable key (empty for the note)
 * @param parent enclosing group, if any
 * @param label  printed text
 */
public record FormGroup(String kind, String code, String parent, String label) {
    /**
     * {@return whether this is a T2 block} A block is more than a heading: its rows have columns of their own, so
     * its cells are its rows × its columns only.
     */
    public boolean isBlock() {
        return kind.equals("block");
    }
}
