package io.github.disclosurereport.write;

import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.ReportFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxRoundTripProperties {

    @Provide
    Arbitrary<Report> reports() {
        return GeneratedReports.anyReport();
    }

    @Property(tries = 40)
    void readingBackTheExportGivesTheSameReport(@ForAll("reports") Report report) {
        Report back = XlsxTestSupport.read(XlsxTestSupport.export(report, List.of()));

        assertThat(back.format()).isEqualTo(report.format());
        assertThat(back.metadata()).isEqualTo(report.metadata());
        assertThat(back.signOff()).isEqualTo(report.signOff());
        XlsxTestSupport.assertSameCells(back.cells(), report.cells());
    }

    @Property(tries = 40)
    void everyTotalIsAFormulaWhoseCachedValueIsTheSumOfItsParts(@ForAll("reports") Report report)
            throws Exception {
        Map<String, List<String>> derived = DerivedCells.of(Forms.forFormat(report.format()));
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(report, null))) {
            for (Map.Entry<String, List<String>> e : derived.entrySet()) {
                org.apache.poi.ss.usermodel.Cell total = XlsxTestSupport.cellOf(wb, e.getKey());
                assertThat(total.getCellType()).as(e.getKey()).isEqualTo(CellType.FORMULA);
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

    @Property(tries = 10)
    void everyFormatRoundTrips(@ForAll ReportFormat format) {
        Report report = GeneratedReports.reports(format).sample();
        Report back = XlsxTestSupport.read(XlsxTestSupport.export(report, null));
        XlsxTestSupport.assertSameCells(back.cells(), report.cells());
    }
}
