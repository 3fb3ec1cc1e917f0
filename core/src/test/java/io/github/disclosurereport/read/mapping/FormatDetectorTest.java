package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.WordTables;
import io.github.disclosurereport.testutil.Sources;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private static ReportFormat detect(String path, Integer year) throws Exception {
        return FormatDetector.detect(Sources.read(Path.of(path)), year);
    }

    @Test
    void theTablesDecideTheFormatWhateverTheYearSays() throws Exception {
        assertThat(detect("src/test/resources/corpus/jinhu2023.docx", null)).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(detect("src/test/resources/corpus/jinhu2023.docx", 2020)).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(detect("src/test/resources/corpus/wuhan-eeb2020.docx", null)).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(detect("src/test/resources/corpus/wuhan-eeb2020.docx", 2023)).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(detect("src/test/resources/realdocs/政务公开年报模版.docx", null))
                .isEqualTo(ReportFormat.CURRENT_2021);
    }

    @Test
    void withoutTablesTheYearDecides() throws Exception {
        SourceDocument text = new WordTables().paragraph("一、总体情况").source();
        assertThat(FormatDetector.detect(text, 2020)).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(FormatDetector.detect(text, 2022)).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(FormatDetector.detect(text, 2015)).isEqualTo(ReportFormat.LEGACY_2008);
    }
}
