package io.github.disclosurereport.write;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.write.xlsx.DerivedCells;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxRoundTripProperties {

    @Provide
    Arbitrary<Report> reports() {
        return GeneratedReports.anyReport();
    }

    @Property(tries = 25)
    void readingBackTheExportGivesTheSameReport(@ForAll("reports") Report report) {
        Report back = XlsxTestSupport.read(XlsxTestSupport.export(report, List.of()));

        assertThat(back.format()).isEqualTo(report.format());
        assertThat(back.metadata()).isEqualTo(report.metadata());
        assertThat(back.signOff()).isEqualTo(report.signOff());
        XlsxTestSupport.assertSameCells(back.cells(), report.cells());
    }

    @Property(tries = 25)
    void everyTotalIsAFormulaWhoseCachedValueIsTheSumOfItsParts(@ForAll("reports") Report report)
            throws Exception {
        Map<String, List<String>> derived = DerivedCells.of(Forms.national(report.format()));
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(report, null))) {
            for (Map.Entry<String, List<String>> e : derived.entrySet()) {
                org.apache.poi.ss.usermodel.Cell total = XlsxTestSupport.cellOf(wb, e.getKey());
                BigDecimal sum = BigDecimal.ZERO;
                int numbers = 0;
                for (String part : e.getValue()) {
                    org.apache.poi.ss.usermodel.Cell p = XlsxTestSupport.cellOf(wb, part);
                    CellType t = p.getCellType() == CellType.FORMULA ? p.getCachedFormulaResultType()
                            : p.getCellType();
                    if (t == CellType.NUMERIC) {
                        sum = sum.add(BigDecimal.valueOf(p.getNumericCellValue()));
                        numbers++;
                    }
                }
                if (total.getCellType() != CellType.FORMULA) {
                    // a figure the report printed otherwise than its parts sum stays as printed, with a note
                    var printed = report.cells().get(e.getKey());
                    assertThat(printed.state()).as(e.getKey()).isEqualTo(CellState.NUMBER);
                    assertThat(BigDecimal.valueOf(total.getNumericCellValue())).as(e.getKey())
                            .isEqualByComparingTo(printed.value());
                    assertThat(numbers == 0 || printed.value().compareTo(sum) != 0).as(e.getKey()).isTrue();
                    assertThat(total.getCellComment()).as(e.getKey()).isNotNull();
                    continue;
                }
                if (numbers == 0) {
                    assertThat(total.getCachedFormulaResultType()).as(e.getKey()).isEqualTo(CellType.STRING);
                    assertThat(total.getStringCellValue()).as(e.getKey()).isEmpty();
                } else {
                    assertThat(total.getCachedFormulaResultType()).as(e.getKey()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(total.getNumericCellValue())).as(e.getKey())
                            .isEqualByComparingTo(sum);
                }
            }
        }
    }

    @Property(tries = 15)
    void inputCellsAreOpenAndValidatedByKindTotalsAndLabelsLocked(@ForAll("reports") Report report)
            throws Exception {
        var form = Forms.national(report.format());
        Map<String, List<String>> derived = DerivedCells.of(form);
        try (XSSFWorkbook wb = (XSSFWorkbook) XlsxTestSupport.open(XlsxTestSupport.export(report, null))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            }
            for (CellDefinition d : form.cells()) {
                org.apache.poi.ss.usermodel.Cell c = XlsxTestSupport.cellOf(wb, d.id());
                XSSFSheet sheet = (XSSFSheet) c.getSheet();
                List<DataValidationConstraint> constraints = sheet.getDataValidations().stream()
                        .filter(v -> Stream.of(v.getRegions().getCellRangeAddresses())
                                .anyMatch(r -> r.isInRange(c)))
                        .map(v -> v.getValidationConstraint()).toList();
                if (derived.containsKey(d.id()) && c.getCellType() != CellType.FORMULA) {
                    // a total kept as printed, open for the user to correct
                    assertThat(c.getCellStyle().getLocked()).as(d.id()).isFalse();
                    continue;
                }
                if (derived.containsKey(d.id())) {
                    assertThat(c.getCellStyle().getLocked()).as(d.id()).isTrue();
                    assertThat(constraints).as(d.id()).isEmpty();
                    continue;
                }
                assertThat(c.getCellStyle().getLocked()).as(d.id()).isFalse();
                assertThat(constraints).as(d.id()).hasSize(1);
                DataValidationConstraint k = constraints.get(0);
                switch (d.kind()) {
                    case MONEY -> assertThat(k.getValidationType())
                            .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                    case COUNT -> {
                        assertThat(k.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                        assertThat(k.getFormula1()).isEqualTo("0");
                    }
                    case SIGNED -> {
                        assertThat(k.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                        assertThat(new BigDecimal(k.getFormula1())).isNegative();
                    }
                }
            }
        }
    }

    @Property(tries = 10)
    void everyFormatRoundTrips(@ForAll ReportFormat format) {
        Report report = GeneratedReports.reports(format).sample();
        Report back = XlsxTestSupport.read(XlsxTestSupport.export(report, null));
        XlsxTestSupport.assertSameCells(back.cells(), report.cells());
    }
}
