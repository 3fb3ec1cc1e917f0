package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.ExportedWorkbookReader;
import io.github.disclosurereport.read.exported.IdSheet;
import io.github.disclosurereport.validate.Finding;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

final class XlsxTestSupport {

    private XlsxTestSupport() {
    }

    static byte[] export(Report report, List<Finding> findings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DisclosureReports.defaults().xlsxExporter().write(report, findings, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(Workbook wb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Report read(byte[] bytes) {
        try (Workbook wb = open(bytes)) {
            return ExportedWorkbookReader.readIfExported(wb, "", FormSet.standard()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook cell that holds a form cell, found through the id sheet as any reader would. */
    static org.apache.poi.ss.usermodel.Cell cellOf(Workbook wb, String id) {
        for (IdSheet.Line line : IdSheet.lines(wb.getSheet(IdSheet.NAME))) {
            if (line.id().equals(id)) {
                CellAddress a = new CellAddress(line.ref());
                Row r = wb.getSheet(line.sheet()).getRow(a.getRow());
                org.apache.poi.ss.usermodel.Cell c = r.getCell(a.getColumn());
                return c == null ? r.createCell(a.getColumn()) : c;
            }
        }
        throw new AssertionError("no cell " + id);
    }

    /** Same cells: ids, states, values (numerically equal and same text), raw text. */
    static void assertSameCells(Map<String, Cell> actual, Map<String, Cell> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Cell e : expected.values()) {
            Cell a = actual.get(e.id());
            assertThat(a.state()).as(e.id()).isEqualTo(e.state());
            assertThat(a.value()).as(e.id()).isEqualTo(e.value());
            assertThat(a.raw()).as(e.id()).isEqualTo(e.raw());
        }
    }
}
