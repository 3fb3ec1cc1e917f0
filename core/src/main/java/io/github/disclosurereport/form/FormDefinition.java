package io.github.disclosurereport.form;

import io.github.disclosurereport.text.StandardSections;
import io.github.disclosurereport.text.Tsv;
import io.github.disclosurereport.text.Units;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One form — the official tables of a report format — loaded from a forms TSV. This is the single definition
 * of every table's rows, columns, labels and checks; readers, the validator and the writers all derive from it.
 * A provincial variant is another TSV loaded with {@link #load}.
 */
public final class FormDefinition {

    /** The kinds of line a parent can name in a standard form. */
    private static final Set<String> GROUP_KINDS = Set.of("block", "group", "note");

    private final String name;
    private final ReportFormat format;
    private final List<FormTable> tables;
    private final Map<String, CellDefinition> cellsById;
    private final List<SumRelation> sumRelations;

    private FormDefinition(String name, ReportFormat format, List<FormTable> tables) {
        this.name = name;
        this.format = format;
        this.tables = List.copyOf(tables);
        Map<String, CellDefinition> index = new LinkedHashMap<>();
        for (FormTable t : tables) {
            for (CellDefinition c : t.cells()) {
                if (index.put(c.id(), c) != null) {
                    throw new FormDefinitionException(name + ": duplicate cell id " + c.id());
                }
            }
        }
        this.cellsById = java.util.Collections.unmodifiableMap(index);
        this.sumRelations = deriveSumRelations(this.tables);
    }

    /**
     * Loads a form from TSV text. Two layouts are understood, told apart by the header line: the standard-form
     * layout ({@code table kind code parent check unit label}) and the legacy statistics layout
     * ({@code code parent check against unit label}). Lines starting with # are comments.
     *
     * <p>The text is checked as it is loaded, so that a mistake in a provincial variant is found here and not by a
     * report that reads wrongly: in a standard form every {@code parent} must name a block or group of its table;
     * no chain of parents may come back to where it started; no cell id may occur twice.
     *
     * @param name   the form's name, recorded in the reports read with it (see {@link #name()})
     * @param format the report format whose tables the TSV describes
     * @param tsv    the TSV text (not closed)
     * @return the form
     * @throws IOException             when the text cannot be read
     * @throws FormDefinitionException when the text is no valid form; the message names the form and what is wrong
     */
    public static FormDefinition load(String name, ReportFormat format, Reader tsv) throws IOException {
        return load(name, format, tsv, code -> format == null ? Optional.empty() : Forms.national(format).table(code));
    }

    /**
     * Loads a national form: a table without caption lines is named by its code, as there is no form above it
     * whose caption (or printed headers) it could take.
     */
    static FormDefinition loadNational(String name, ReportFormat format, Reader tsv) throws IOException {
        return load(name, format, tsv, code -> Optional.empty());
    }

    private static FormDefinition load(String name, ReportFormat format, Reader tsv,
                                       Function<String, Optional<FormTable>> inherited) throws IOException {
        List<Tsv.Line> all = Tsv.numbered(tsv);
        if (all.isEmpty()) {
            throw new FormDefinitionException(name + ": no header line");
        }
        String[] header = all.get(0).fields();
        List<Tsv.Line> numbered = all.subList(1, all.size());
        List<String[]> lines = numbered.stream().map(Tsv.Line::fields).toList();
        boolean standard = header[0].equals("table");
        if (standard) {
            checkParents(name, header, numbered);
        }
        checkNoParentCycle(name, header, numbered, standard);
        Map<String, Map<String, String>> captions = captionParts(name, header, numbered, standard);
        Function<String, TableCaption> caption = code -> caption(code, captions.getOrDefault(code, Map.of()),
                inherited.apply(code).map(FormTable::caption));
        Map<String, Integer> idx = columnIndex(name, header);
        List<String[]> data = lines.stream().filter(l -> !isCaption(idx, l, standard)).toList();
        List<FormTable> tables = standard ? standardTables(name, header, data, caption)
                : legacyTables(name, header, data, caption, inherited.apply("L").map(FormTable::headers)
                        .orElse(List.of()));
        return new FormDefinition(name, format, tables);
    }

    /** The parts a caption line can give, as named in its code. */
    private static final List<String> CAPTION_PARTS = List.of("number", "title", "short");
    /** In the legacy layout, which has no kind column, the code of a caption line: this prefix and the part. */
    private static final String LEGACY_CAPTION = "caption:";

    private static boolean isCaption(Map<String, Integer> idx, String[] line, boolean standard) {
        return standard ? field(line, idx, "kind").equals("caption")
                : field(line, idx, "code").startsWith(LEGACY_CAPTION);
    }

    /**
     * The caption parts the caption lines give, by table code and part. Each part is given once, with a text, for
     * a table the form has (the legacy form's only table is L).
     */
    private static Map<String, Map<String, String>> captionParts(String name, String[] header, List<Tsv.Line> lines,
                                                                 boolean standard) {
        Map<String, Integer> idx = columnIndex(name, header, "code", "label");
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        Set<String> tablesWithData = new java.util.HashSet<>();
        for (Tsv.Line l : lines) {
            String table = standard ? field(l.fields(), idx, "table") : "L";
            if (table.isEmpty()) {
                throw new FormDefinitionException(name + ": line " + l.number() + ": names no table");
            }
            if (!isCaption(idx, l.fields(), standard)) {
                tablesWithData.add(table);
                continue;
            }
            String code = field(l.fields(), idx, "code");
            String part = standard ? code : code.substring(LEGACY_CAPTION.length());
            String text = field(l.fields(), idx, "label");
            String at = name + ": line " + l.number() + ": caption";
            if (!CAPTION_PARTS.contains(part)) {
                throw new FormDefinitionException(at + " part '" + part + "' is none of "
                        + String.join(", ", CAPTION_PARTS));
            }
            if (text.isEmpty()) {
                throw new FormDefinitionException(at + " " + part + " of table " + table + " has no label");
            }
            if (parts.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(part, text) != null) {
                throw new FormDefinitionException(at + " " + part + " of table " + table + " is given twice");
            }
        }
        parts.keySet().stream().filter(t -> !tablesWithData.contains(t)).findFirst().ifPresent(t -> {
            throw new FormDefinitionException(name + ": a caption names table " + t + ", which has no rows or columns");
        });
        return parts;
    }

    /**
     * A table's caption: the parts its caption lines give, each other part the inherited caption's (the national
     * table's); without one, no number, as title the heading of the report section the number names
     * (sections-2021.tsv: a national table's title is the heading of the section it is printed in) or else the
     * code, and the title as short name.
     */
    private static TableCaption caption(String code, Map<String, String> given, Optional<TableCaption> inherited) {
        String number = given.getOrDefault("number", inherited.map(TableCaption::number).orElse(""));
        String title = given.getOrDefault("title", inherited.map(TableCaption::title)
                .orElseGet(() -> StandardSections.numbered(number).map(StandardSections.Section::heading).orElse(code)));
        return new TableCaption(number, title,
                given.getOrDefault("short", inherited.map(TableCaption::shortTitle).orElse(title)));
    }

    /**
     * Every non-empty {@code parent} must name a block or group of the same table: a row or column whose parent is
     * misspelt would otherwise silently form no cells (a variant's whole extra row would vanish).
     */
    private static void checkParents(String name, String[] header, List<Tsv.Line> lines) {
        Map<String, Integer> idx = columnIndex(name, header, "table", "kind", "code", "parent");
        Map<String, java.util.Set<String>> groupCodes = new LinkedHashMap<>();
        for (Tsv.Line l : lines) {
            String kind = field(l.fields(), idx, "kind");
            if (GROUP_KINDS.contains(kind)) {
                groupCodes.computeIfAbsent(field(l.fields(), idx, "table"), k -> new java.util.HashSet<>())
                        .add(field(l.fields(), idx, "code"));
            }
        }
        for (Tsv.Line l : lines) {
            String table = field(l.fields(), idx, "table");
            String parent = field(l.fields(), idx, "parent");
            if (!parent.isEmpty() && !groupCodes.getOrDefault(table, java.util.Set.of()).contains(parent)) {
                throw new FormDefinitionException(name + ": line " + l.number() + ": " + field(l.fields(), idx, "kind")
                        + " '" + field(l.fields(), idx, "code") + "' names parent '" + parent
                        + "', which is no block or group of table " + table);
            }
        }
    }

    /**
     * Following the parents from any line must reach the top: a chain that comes back to where it started would send
     * every walk up the tree (the groups above a row, the depth of a legacy indicator) round for ever. In a standard
     * form the chain runs through blocks and groups, in the legacy form through the indicators.
     */
    private static void checkNoParentCycle(String name, String[] header, List<Tsv.Line> lines, boolean standard) {
        Map<String, Integer> idx = columnIndex(name, header, "code", "parent");
        Map<String, Tsv.Line> parents = new LinkedHashMap<>(); // the lines a parent can name, by table and code
        for (Tsv.Line l : lines) {
            if (!standard || GROUP_KINDS.contains(field(l.fields(), idx, "kind"))) {
                parents.putIfAbsent(field(l.fields(), idx, "table") + "\t" + field(l.fields(), idx, "code"), l);
            }
        }
        for (Tsv.Line start : parents.values()) {
            String table = field(start.fields(), idx, "table");
            String code = field(start.fields(), idx, "code");
            List<String> chain = new ArrayList<>(List.of(code));
            Tsv.Line at = start;
            // a loop that does not pass the start is reported when one of its own lines is the start
            while (at != null && chain.size() <= parents.size()) {
                String parent = field(at.fields(), idx, "parent");
                if (parent.isEmpty()) {
                    break;
                }
                chain.add(parent);
                if (parent.equals(code)) {
                    throw new FormDefinitionException(name + ": line " + start.number() + ": "
                            + (standard ? field(start.fields(), idx, "kind") : "indicator") + " '" + code
                            + "' is its own ancestor: " + String.join(" → ", chain));
                }
                at = parents.get(table + "\t" + parent);
            }
        }
    }

    private static Map<String, Integer> columnIndex(String name, String[] header, String... required) {
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            idx.put(header[i].strip(), i);
        }
        for (String r : required) {
            if (!idx.containsKey(r)) {
                throw new FormDefinitionException(name + ": header lacks column '" + r + "'");
            }
        }
        return idx;
    }

    private static String field(String[] line, Map<String, Integer> idx, String col) {
        Integer i = idx.get(col);
        return i == null || i >= line.length ? "" : line[i].strip();
    }

    private static List<FormTable> standardTables(String name, String[] header, List<String[]> lines,
                                                  Function<String, TableCaption> caption) {
        Map<String, Integer> idx = columnIndex(name, header, "table", "kind", "code", "parent", "check", "unit",
                "label");
        Map<String, List<FormRow>> rows = new LinkedHashMap<>();
        Map<String, List<FormColumn>> columns = new LinkedHashMap<>();
        Map<String, List<FormGroup>> groups = new LinkedHashMap<>();
        for (String[] l : lines) {
            String table = field(l, idx, "table");
            String kind = field(l, idx, "kind");
            String code = field(l, idx, "code");
            String parent = field(l, idx, "parent");
            Check check = Check.parse(field(l, idx, "check"));
            String unit = field(l, idx, "unit");
            String label = field(l, idx, "label");
            rows.computeIfAbsent(table, k -> new ArrayList<>());
            columns.computeIfAbsent(table, k -> new ArrayList<>());
            groups.computeIfAbsent(table, k -> new ArrayList<>());
            switch (kind) {
                case "row" -> rows.get(table).add(new FormRow(code, parent, check, "", unit, label));
                case "column" -> columns.get(table).add(new FormColumn(code, parent, check, unit, label));
                case "block", "group", "note" -> groups.get(table).add(new FormGroup(kind, code, parent, label));
                default -> throw new FormDefinitionException(name + ": unknown kind '" + kind + "'");
            }
        }
        List<FormTable> tables = new ArrayList<>();
        for (String table : rows.keySet()) {
            List<FormGroup> g = groups.get(table);
            boolean blocked = g.stream().anyMatch(FormGroup::isBlock);
            List<CellDefinition> cells = new ArrayList<>();
            for (FormRow row : rows.get(table)) {
                for (FormColumn col : columns.get(table)) {
                    if (blocked && !col.parent().equals(row.parent())) {
                        continue;
                    }
                    String unit = col.unit().isEmpty() ? row.unit() : col.unit();
                    ValueKind kind = col.check() == Check.SIGNED ? ValueKind.SIGNED
                            : unit.isEmpty() || Units.isMoney(unit) ? ValueKind.MONEY : ValueKind.COUNT;
                    cells.add(new CellDefinition(table + ":" + row.code() + ":" + col.code(), table,
                            blocked ? row.parent() : "", row, col, unit, kind));
                }
            }
            tables.add(new FormTable(table, caption.apply(table), rows.get(table), columns.get(table), g, cells));
        }
        return tables;
    }

    /** In the legacy layout, the code of a line that is a value column: this prefix and the column's key. */
    private static final String LEGACY_COLUMN = "column:";
    /** In the legacy layout, the code of a line that gives a printed header: this prefix and the header's part. */
    private static final String LEGACY_HEADER = "header:";
    /** The parts a header line can give: the columns of labels, units, the one value, and row codes. */
    private static final List<String> HEADER_PARTS = List.of("label", "unit", "value", "code");

    /**
     * The legacy table L. A form whose data has {@code column:KEY} lines prints several value columns: the first
     * holds the value the report is about (id {@code L:CODE}, no column in its definition, like the national form's
     * one 统计数 column); each other one a second value of every indicator (id {@code L:CODE:KEY}). Lines coded
     * {@code header:PART} give the headers printed over the label, unit, single value and row-code columns
     * ({@link FormTable#headers()}); a part not given is {@code inherited}'s, the national form's.
     */
    private static List<FormTable> legacyTables(String name, String[] header, List<String[]> lines,
                                                Function<String, TableCaption> caption, List<FormColumn> inherited) {
        Map<String, Integer> idx = columnIndex(name, header, "code", "parent", "check", "against", "unit", "label");
        List<FormRow> rows = new ArrayList<>();
        List<FormColumn> columns = new ArrayList<>();
        Map<String, FormColumn> headers = new LinkedHashMap<>();
        for (String[] l : lines) {
            String code = field(l, idx, "code");
            if (code.startsWith(LEGACY_HEADER)) {
                String part = code.substring(LEGACY_HEADER.length());
                String label = field(l, idx, "label");
                if (!HEADER_PARTS.contains(part) || label.isEmpty() || headers.containsKey(part)) {
                    throw new FormDefinitionException(name + ": header line '" + code + "' needs a part of "
                            + String.join(", ", HEADER_PARTS) + ", given once, and a label");
                }
                headers.put(part, new FormColumn(part, "", Check.NONE, "", label, also(l, idx)));
                continue;
            }
            if (code.startsWith(LEGACY_COLUMN)) {
                String key = code.substring(LEGACY_COLUMN.length());
                if (!key.matches("[A-Za-z][A-Za-z0-9_]*") || columns.stream().anyMatch(c -> c.code().equals(key))) {
                    throw new FormDefinitionException(name + ": value column '" + code + "' needs a key of its own of"
                            + " letters, digits and _");
                }
                columns.add(new FormColumn(key, "", Check.NONE, "", field(l, idx, "label"), also(l, idx)));
                continue;
            }
            rows.add(new FormRow(code, field(l, idx, "parent"), Check.parse(field(l, idx, "check")),
                    field(l, idx, "against"), field(l, idx, "unit"), field(l, idx, "label"), also(l, idx)));
        }
        List<CellDefinition> cells = new ArrayList<>();
        for (FormRow row : rows) {
            if (row.unit().isEmpty()) {
                continue;
            }
            ValueKind kind = Units.isMoney(row.unit()) ? ValueKind.MONEY : ValueKind.COUNT;
            cells.add(new CellDefinition("L:" + row.code(), "L", "", row, null, row.unit(), kind));
            for (FormColumn c : columns.subList(Math.min(1, columns.size()), columns.size())) {
                cells.add(new CellDefinition("L:" + row.code() + ":" + c.code(), "L", "", row, c, row.unit(), kind));
            }
        }
        // a part the form does not give is the national form's
        inherited.forEach(h -> headers.putIfAbsent(h.code(), h));
        List<FormColumn> printedHeaders = HEADER_PARTS.stream().filter(headers::containsKey).map(headers::get).toList();
        return List.of(new FormTable("L", caption.apply("L"), rows, columns, List.of(), cells, printedHeaders));
    }

    /** The other printed labels of a line (column {@code also}, separated by |), if the layout has that column. */
    private static List<String> also(String[] line, Map<String, Integer> idx) {
        String also = field(line, idx, "also");
        return also.isEmpty() ? List.of() : java.util.Arrays.stream(also.split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    /**
     * {@return the form's name, e.g. {@code current-2021.tsv} for a national form, {@code hubei-trial-2019} for a
     * bundled variant} A report records the form it was read with, and our JSON and workbooks save its name, so
     * that a saved report reads back with the same form.
     */
    public String name() {
        return name;
    }

    /** {@return the report format whose tables this form defines} */
    public ReportFormat format() {
        return format;
    }

    /** {@return the form's tables in printed order: T2, T3, T4, or the single legacy table L} */
    public List<FormTable> tables() {
        return tables;
    }

    /**
     * The table with this code.
     *
     * @param code T2, T3, T4 or L
     * @return the table, if this form has it
     */
    public Optional<FormTable> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** {@return every cell of every table, in printed order} */
    public List<CellDefinition> cells() {
        return List.copyOf(cellsById.values());
    }

    /**
     * The definition of the cell with this id: its row, column, unit and which values it accepts.
     *
     * @param id a cell id, e.g. {@code T3:R3.3.1:natural}
     * @return the definition; empty when this form has no such cell (e.g. an id of another format)
     */
    public Optional<CellDefinition> cell(String id) {
        return Optional.ofNullable(cellsById.get(id));
    }

    /**
     * Every sum the form defines, derived from its data. The relations:
     * <ul>
     * <li>rows with check {@code part} and an {@code against} row (legacy): against = Σ parts;</li>
     * <li>rows with check {@code part} and no {@code against} (T3 outcome rows): the first non-part row after the
     * last part row of the same top-level group (T3 （七）总计) = Σ parts, in every column;</li>
     * <li>a column coded {@code total}: = Σ the other columns of its block or table, in every row.</li>
     * </ul>
     * Each total appears once per relation; a cell may be a total in one relation and a part in another.
     *
     * @return the relations, table by table
     */
    public List<SumRelation> sumRelations() {
        return sumRelations;
    }

    private static List<SumRelation> deriveSumRelations(List<FormTable> tables) {
        List<SumRelation> out = new ArrayList<>();
        for (FormTable t : tables) {
            Map<String, List<String>> partsByAgainst = new LinkedHashMap<>();
            List<FormRow> rowParts = new ArrayList<>();
            for (FormRow r : t.rows()) {
                if (r.check() == Check.PART && !r.against().isEmpty()) {
                    partsByAgainst.computeIfAbsent(r.against(), k -> new ArrayList<>()).add(r.code());
                } else if (r.check() == Check.PART) {
                    rowParts.add(r);
                }
            }
            // legacy rows name their total in 'against'; a second value column (历年累计) sums the same way
            List<String> suffixes = new ArrayList<>(List.of(""));
            if (!partsByAgainst.isEmpty()) {
                t.columns().stream().skip(1).forEach(c -> suffixes.add(":" + c.code()));
            }
            for (String suffix : suffixes) {
                partsByAgainst.forEach((against, parts) -> out.add(new SumRelation(t.code(), SumRelation.Kind.AGAINST,
                        t.code() + ":" + against + suffix,
                        parts.stream().map(p -> t.code() + ":" + p + suffix).toList())));
            }
            if (!rowParts.isEmpty()) {
                FormRow total = rowTotalAfter(t, rowParts.get(rowParts.size() - 1));
                if (total != null) {
                    for (FormColumn c : t.columnsOf(total.parent())) {
                        out.add(new SumRelation(t.code(), SumRelation.Kind.ROW_PARTS, id(t, total, c),
                                rowParts.stream().map(r -> id(t, r, c)).toList()));
                    }
                }
            }
            for (FormRow r : t.rows()) {
                List<FormColumn> cols = t.columnsOf(t.blocks().isEmpty() ? "" : r.parent());
                cols.stream().filter(c -> c.code().equals("total")).findFirst().ifPresent(total ->
                        out.add(new SumRelation(t.code(), SumRelation.Kind.COLUMN_TOTAL, id(t, r, total),
                                cols.stream()
                                .filter(c -> c != total).map(c -> id(t, r, c)).toList())));
            }
        }
        return List.copyOf(out);
    }

    private static FormRow rowTotalAfter(FormTable t, FormRow lastPart) {
        List<FormRow> rows = t.rows();
        for (int i = rows.indexOf(lastPart) + 1; i < rows.size(); i++) {
            if (rows.get(i).check() != Check.PART) {
                return rows.get(i);
            }
        }
        return null;
    }

    private static String id(FormTable t, FormRow r, FormColumn c) {
        return t.code() + ":" + r.code() + ":" + c.code();
    }

    @Override
    public String toString() {
        return "FormDefinition[" + name + ", " + format + ", " + cellsById.size() + " cells]";
    }
}
