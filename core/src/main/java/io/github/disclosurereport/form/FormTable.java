package io.github.disclosurereport.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One official table: its rows, columns, printed groups, and the cells they define, all in printed order.
 *
 * <p>The groups form a tree: a row's or column's parent is a block or group, a group's parent another group. The
 * questions asked of that tree (which groups stand above a row, which rows stand under a group) are answered here
 * from an index built once with the table, so that the readers, writers and rules do not each walk it again.
 */
public final class FormTable {

    private final String code;
    private final TableCaption caption;
    private final List<FormRow> rows;
    private final List<FormColumn> columns;
    private final List<FormGroup> groups;
    private final List<CellDefinition> cells;
    private final List<FormColumn> headers;

    private final List<FormGroup> blocks;
    private final Map<String, FormGroup> groupsByCode;
    /** For each group code: the group and the groups above it, outermost first. */
    private final Map<String, List<FormGroup>> chains;
    private final Map<String, List<FormRow>> rowsUnder;
    private final List<String> labels;

    /**
     * A table from its parts, as {@link FormDefinition} builds it from the TSV; the index of the group tree is built
     * here, once.
     *
     * @param code    T2, T3, T4 (standard forms) or L (legacy statistics)
     * @param rows    data rows in printed order
     * @param columns data columns in printed order (empty for the legacy single-value form)
     * @param groups  blocks, groups and notes in printed order
     * @param cells   every cell, in printed order (row-major)
     * @throws FormDefinitionException when following the parents of a group leads back to it
     */
    public FormTable(String code, List<FormRow> rows, List<FormColumn> columns, List<FormGroup> groups,
                     List<CellDefinition> cells) {
        this(code, TableCaption.ofCode(code), rows, columns, groups, cells);
    }

    /**
     * A table with its printed caption ({@link #FormTable(String, List, List, List, List)} names a table by its code,
     * {@link TableCaption#ofCode}).
     *
     * @param code    T2, T3, T4 (standard forms) or L (legacy statistics)
     * @param caption the printed caption (二 / 主动公开政府信息情况 / 主动公开)
     * @param rows    data rows in printed order
     * @param columns data columns in printed order (empty for the legacy single-value form)
     * @param groups  blocks, groups and notes in printed order
     * @param cells   every cell, in printed order (row-major)
     * @throws FormDefinitionException when following the parents of a group leads back to it
     */
    public FormTable(String code, TableCaption caption, List<FormRow> rows, List<FormColumn> columns,
                     List<FormGroup> groups, List<CellDefinition> cells) {
        this(code, caption, rows, columns, groups, cells, List.of());
    }

    /**
     * A legacy table with the headers it prints over its columns of labels, units, its one value and row codes (see
     * {@link #headers()}).
     *
     * @param code    L (legacy statistics)
     * @param caption the printed caption (政府信息公开工作情况统计表 / 统计表)
     * @param rows    data rows in printed order
     * @param columns value columns in printed order (empty for the single-value form)
     * @param groups  blocks, groups and notes in printed order
     * @param cells   every cell, in printed order (row-major)
     * @param headers the printed headers, each a column coded {@code label}, {@code unit}, {@code value} or
     *                {@code code}, at most one of each
     * @throws FormDefinitionException when following the parents of a group leads back to it
     */
    public FormTable(String code, TableCaption caption, List<FormRow> rows, List<FormColumn> columns,
                     List<FormGroup> groups, List<CellDefinition> cells, List<FormColumn> headers) {
        this.code = code;
        this.headers = List.copyOf(headers);
        this.caption = Objects.requireNonNull(caption, "caption");
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.groups = List.copyOf(groups);
        this.cells = List.copyOf(cells);
        this.blocks = this.groups.stream().filter(FormGroup::isBlock).toList();
        Map<String, FormGroup> byCode = new HashMap<>();
        this.groups.stream().filter(g -> !g.code().isEmpty()).forEach(g -> byCode.putIfAbsent(g.code(), g));
        this.groupsByCode = Map.copyOf(byCode);
        Map<String, List<FormGroup>> chainByCode = new HashMap<>();
        byCode.keySet().forEach(c -> chainByCode.put(c, chain(c)));
        this.chains = Map.copyOf(chainByCode);
        Map<String, List<FormRow>> under = new HashMap<>();
        for (FormRow r : this.rows) {
            ancestors(r).forEach(g -> under.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(r));
        }
        under.replaceAll((k, v) -> List.copyOf(v));
        this.rowsUnder = Map.copyOf(under);
        List<String> all = new ArrayList<>();
        this.rows.forEach(r -> all.add(r.label()));
        this.columns.forEach(c -> all.add(c.label()));
        this.groups.forEach(g -> all.add(g.label()));
        this.labels = List.copyOf(all);
    }

    private List<FormGroup> chain(String start) {
        List<FormGroup> chain = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (FormGroup g = groupsByCode.get(start); g != null; g = groupsByCode.get(g.parent())) {
            if (walked.contains(g.code())) {
                throw new FormDefinitionException("table " + code + ": the parents of group '" + start
                        + "' lead back to a group already passed: " + String.join(" → ", walked) + " → " + g.code());
            }
            walked.add(g.code());
            chain.add(0, g);
        }
        return List.copyOf(chain);
    }

    /** {@return the table's code: T2, T3, T4 (standard forms) or L (legacy statistics)} */
    public String code() {
        return code;
    }

    /**
     * The table's printed caption, from the forms TSV; a variant has its national table's caption in every part it
     * does not give itself.
     *
     * @return e.g. 二 / 主动公开政府信息情况 / 主动公开 for T2, 政府信息公开工作情况统计表 / 统计表 for L
     */
    public TableCaption caption() {
        return caption;
    }

    /** {@return the data rows in printed order} */
    public List<FormRow> rows() {
        return rows;
    }

    /** {@return the data columns in printed order; empty for the legacy single-value form} */
    public List<FormColumn> columns() {
        return columns;
    }

    /**
     * The headers a legacy statistics table prints over the columns that are not its value columns, as its form
     * gives them: each a column whose code says which one, whose label is the header the form prints and whose
     * {@code also} lists other headers offices print there ({@code *} standing for any text, 指标 in
     * {@code *指标*}): {@code label} over the indicators (统计指标), {@code unit} over their units (单位),
     * {@code value} over the one value of a form without value {@link #columns()} (统计数), {@code code} over a
     * column of row codes that holds no values (代码). A printed table's columns are found by these headers.
     *
     * @return the headers in that order, those the form gives; empty for the standard tables
     */
    public List<FormColumn> headers() {
        return headers;
    }

    /**
     * One of the {@link #headers()}.
     *
     * @param part {@code label}, {@code unit}, {@code value} or {@code code}
     * @return the header of that column, if the form gives one
     */
    public Optional<FormColumn> header(String part) {
        return headers.stream().filter(h -> h.code().equals(part)).findFirst();
    }

    /** {@return the blocks, groups and notes in printed order} */
    public List<FormGroup> groups() {
        return groups;
    }

    /** {@return every cell, in printed order (row by row)} */
    public List<CellDefinition> cells() {
        return cells;
    }

    /**
     * The data row with this code.
     *
     * @param rowCode e.g. {@code R3.3.1}, {@code rules}, {@code 1.2.2}
     * @return the row, if the table has it
     */
    public Optional<FormRow> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    /**
     * The columns a row of this block is printed with: in T2 each block has its own columns.
     *
     * @param block a block code (a row's {@code parent}); ignored when the table has no blocks
     * @return the block's columns, or all columns when the table has no blocks
     */
    public List<FormColumn> columnsOf(String block) {
        if (blocks.isEmpty()) {
            return columns;
        }
        return columns.stream().filter(c -> c.parent().equals(block)).toList();
    }

    /**
     * The rows of a T2 block.
     *
     * @param block a block code; ignored when the table has no blocks
     * @return the block's rows in printed order, or all rows when the table has no blocks
     */
    public List<FormRow> rowsOf(String block) {
        if (blocks.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> r.parent().equals(block)).toList();
    }

    /** {@return the T2 blocks in printed order; empty for a table without blocks} */
    public List<FormGroup> blocks() {
        return blocks;
    }

    /**
     * The block or group with this code.
     *
     * @param groupCode the code a row's or column's {@code parent} names
     * @return the block or group, if the table has one
     */
    public Optional<FormGroup> group(String groupCode) {
        return Optional.ofNullable(groupsByCode.get(groupCode));
    }

    /**
     * The blocks and groups a row is printed under, outermost first (T3 R3.3.1: 三、本年度办理结果, （三）不予公开); empty
     * for a row at the top level and for the legacy form, whose parents are rows.
     *
     * @param row a row of this table
     * @return the groups above it, outermost first
     */
    public List<FormGroup> ancestors(FormRow row) {
        return chains.getOrDefault(row.parent(), List.of());
    }

    /**
     * The rows printed under a group at any depth (T4 行政诉讼: both litigation rows).
     *
     * @param group a block or group of this table
     * @return its rows in printed order; empty for a group that heads columns
     */
    public List<FormRow> rowsUnder(FormGroup group) {
        return rowsUnder.getOrDefault(group.code(), List.of());
    }

    /**
     * Whether a group heads rows, as 三、本年度办理结果 does in T3, rather than columns (申请人情况). A T2 block does not
     * count: its caption heads the block's header, not its rows.
     *
     * @param group a block or group of this table
     * @return true when rows are printed under it
     */
    public boolean headsRows(FormGroup group) {
        return !group.isBlock() && !rowsUnder(group).isEmpty();
    }

    /**
     * {@return every printed label of the table: rows, then columns, then blocks, groups and the note} A printed
     * table is recognised as this one by how many of these it prints.
     */
    public List<String> labels() {
        return labels;
    }

    /** {@return the printed note of the table (T3's 勾稽关系), if it has one} */
    public Optional<String> note() {
        return groups.stream().filter(g -> g.kind().equals("note")).map(FormGroup::label).findFirst();
    }

    /**
     * Equal when code, caption, rows, columns, groups, cells and printed headers are: what the table is defined by,
     * as a record would be.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FormTable t && Objects.equals(code, t.code) && caption.equals(t.caption)
                && rows.equals(t.rows) && columns.equals(t.columns) && groups.equals(t.groups) && cells.equals(t.cells)
                && headers.equals(t.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, caption, rows, columns, groups, cells, headers);
    }

    @Override
    public String toString() {
        return "FormTable[code=" + code + ", caption=" + caption + ", rows=" + rows + ", columns=" + columns
                + ", groups=" + groups + ", cells=" + cells + ", headers=" + headers + "]";
    }
}
