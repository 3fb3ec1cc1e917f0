package io.github.disclosurereport.write;

import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening user workbooks (.xlsx or .xls) and checking that an edit left everything but its own cells alone. */
final class WorkbookSupport {

    private WorkbookSupport() {
    }

    static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(Files.newInputStream(file));
    }

    /** Whether the file is an OLE2 (.xls) file, by its first bytes. */
    static boolean isOle2(Path file) throws IOException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.read(head)).isEqualTo(4);
        }
        return (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
    }

    /** "sheet!A1" of each cell id's location in the report. */
    static Set<String> places(Report report, Collection<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            SourceLocation l = report.cells().get(id).location();
            out.add(l.sheet() + "!" + l.a1Reference());
        }
        return out;
    }

    /**
     * Every sheet of {@code after} is {@code before}'s: same sheets in the same order and visibility, protection,
     * merges, column widths and input checks; every cell the same content (formula text for a formula) and style,
     * except the cells in {@code changed}, which keep their style only. A formula's cached result is compared only
     * when {@code sameCachedResults}.
     */
    static void assertUnchangedExcept(Workbook before, Workbook after, Set<String> changed,
                                      boolean sameCachedResults) {
        assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets());
        for (int s = 0; s < before.getNumberOfSheets(); s++) {
            Sheet a = before.getSheetAt(s);
            Sheet b = after.getSheetAt(s);
            String name = a.getSheetName();
            assertThat(b.getSheetName()).isEqualTo(name);
            assertThat(after.isSheetHidden(s)).as(name).isEqualTo(before.isSheetHidden(s));
            assertThat(after.isSheetVeryHidden(s)).as(name).isEqualTo(before.isSheetVeryHidden(s));
            assertThat(b.getProtect()).as(name).isEqualTo(a.getProtect());
            assertThat(b.getMergedRegions()).as(name).containsExactlyInAnyOrderElementsOf(a.getMergedRegions());
            assertThat(b.getDataValidations()).as(name).hasSameSizeAs(a.getDataValidations());
            Set<String> addresses = new TreeSet<>();
            int lastColumn = 0;
            for (Sheet sheet : new Sheet[] {a, b}) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        addresses.add(cell.getAddress().formatAsString());
                        lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                    }
                }
            }
            for (int c = 0; c <= lastColumn; c++) {
                assertThat(b.getColumnWidth(c)).as(name + " column " + c).isEqualTo(a.getColumnWidth(c));
            }
            for (String address : addresses) {
                var ref = new org.apache.poi.ss.util.CellReference(address);
                Cell x = cell(a, ref.getRow(), ref.getCol());
                Cell y = cell(b, ref.getRow(), ref.getCol());
                String where = name + "!" + address;
                if (changed.contains(where)) {
                    if (x != null) {
                        assertThat(style(y)).as(where + " style").isEqualTo(style(x));
                    }
                    continue;
                }
                assertThat(content(y, sameCachedResults)).as(where).isEqualTo(content(x, sameCachedResults));
                assertThat(style(y)).as(where + " style").isEqualTo(style(x));
            }
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static int style(Cell c) {
        return c == null ? -1 : c.getCellStyle().getIndex();
    }

    /** A cell's content as a comparable text: blank for a missing or blank cell. */
    static String content(Cell c, boolean withCachedResult) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return "BLANK";
        }
        return switch (c.getCellType()) {
            case NUMERIC -> "N " + c.getNumericCellValue();
            case STRING -> "S " + c.getStringCellValue();
            case BOOLEAN -> "B " + c.getBooleanCellValue();
            case FORMULA -> "F " + c.getCellFormula() + (withCachedResult ? " = " + cached(c) : "");
            default -> c.getCellType().name();
        };
    }

    /** A formula's cached result as text. */
    static String cached(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case NUMERIC -> "N " + c.getNumericCellValue();
            case STRING -> "S " + c.getRichStringCellValue().getString();
            case BOOLEAN -> "B " + c.getBooleanCellValue();
            default -> c.getCachedFormulaResultType().name();
        };
    }
}
