package io.github.disclosurereport.testutil;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An office's January folder, built from the corpus documents: copies with other organizations and years written
 * through the library (our JSON), a report whose statistics table is saved apart (twice: matched by file name, and
 * as the only two files of a folder), a resubmitted report, last year's report, and a damaged file.
 *
 * <pre>
 * 金湖县/jinhu2023.docx            金湖县人民政府 2023 (A4 error)
 * 金湖县/2022/金湖县2022年报.json   金湖县人民政府 2022, T3:R4:natural = 5 (so A5 on 2023 fires)
 * 金湖县/财政局2023.json            金湖县财政局 2023 (a copy of jinhu2023)
 * 重报/jinhu2023.doc                金湖县人民政府 2023 again (a duplicate)
 * 武汉/wuhan-eeb2020.docx           武汉市生态环境局 2020, trial format
 * 残联/huancui-2017.json            the seed's narrative alone (cells dropped)
 * 残联/huancui-2017-统计表.xlsx      the seed's 统计表 alone (file-name pair)
 * 残联/2016/报告.json               the seed's narrative as 2016 (folder pair; last year of the 2017 report)
 * 残联/2016/附表.xlsx               the seed's 统计表 alone
 * 损坏.docx                         the first 3000 bytes of jinhu2023.docx
 * </pre>
 */
public record BatchFolder(Path root, Path jinhu2023, Path jinhu2022, Path finance2023, Path jinhuDoc, Path wuhan,
                          Path huancui2017, Path huancui2017Statistics, Path huancui2016, Path huancui2016Statistics,
                          Path broken) {

    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    public static BatchFolder build(Path root) throws IOException {
        DisclosureReports dr = DisclosureReports.defaults();
        Path jinhu2023 = copy("jinhu2023.docx", root.resolve("金湖县/jinhu2023.docx"));
        Report jinhu = dr.reader().read(jinhu2023);
        Map<String, Cell> lastYearCells = new LinkedHashMap<>(jinhu.cells());
        Cell r4 = lastYearCells.get("T3:R4:natural");
        lastYearCells.put(r4.id(), Cell.number(r4.id(), BigDecimal.valueOf(5), r4.location()));
        Path jinhu2022 = json(dr, with(jinhu, jinhu.metadata().organization(), 2022).withCells(lastYearCells),
                root.resolve("金湖县/2022/金湖县2022年报.json"));
        Path finance = json(dr, with(jinhu, "金湖县财政局", 2023), root.resolve("金湖县/财政局2023.json"));
        Path jinhuDoc = copy("jinhu2023.doc", root.resolve("重报/jinhu2023.doc"));
        Path wuhan = copy("wuhan-eeb2020.docx", root.resolve("武汉/wuhan-eeb2020.docx"));
        Report seed = dr.reader().read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        Report narrative = seed.withCells(Map.of());
        Path huancui2017 = json(dr, narrative, root.resolve("残联/huancui-2017.json"));
        Path huancui2017Statistics = copy("seed-2017-statistics.xlsx", root.resolve("残联/huancui-2017-统计表.xlsx"));
        Path huancui2016 = json(dr, with(narrative, seed.metadata().organization(), 2016),
                root.resolve("残联/2016/报告.json"));
        Path huancui2016Statistics = copy("seed-2017-statistics.xlsx", root.resolve("残联/2016/附表.xlsx"));
        Path broken = root.resolve("损坏.docx");
        byte[] docx = Files.readAllBytes(jinhu2023);
        Files.write(broken, java.util.Arrays.copyOf(docx, 3000));
        return new BatchFolder(root, jinhu2023, jinhu2022, finance, jinhuDoc, wuhan, huancui2017,
                huancui2017Statistics, huancui2016, huancui2016Statistics, broken);
    }

    /** The report with another organization and year (title and text unchanged). */
    public static Report with(Report r, String organization, int year) {
        Metadata m = r.metadata();
        Metadata changed = new Metadata(m.title(), organization, m.addressee(), year, m.date(), m.dateText(),
                m.published());
        return new Report(r.format(), changed, r.preamble(), r.sections(), r.cells(), r.genericTables(), r.signOff(),
                r.notes(), r.source());
    }

    private static Path copy(String corpusFile, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(CORPUS.resolve(corpusFile), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path json(DisclosureReports dr, Report r, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, dr.toJson(r), StandardCharsets.UTF_8);
        return target;
    }
}
