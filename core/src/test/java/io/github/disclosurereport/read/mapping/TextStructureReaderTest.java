package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextStructureReaderTest {

    private static SourceDocument document(String... lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            blocks.add(new SourceParagraph(i + 1, lines[i], SourceLocation.paragraph(i + 1)));
        }
        return new SourceDocument("synthetic.docx", "docx", blocks);
    }

    @Test
    void subItemsNumberedLikeSectionsStayBodyText() {
        TextStructure t = TextStructureReader.read(document(
                "某某县民政局2012年政府信息公开工作年度报告",
                "",
                "县政府：",
                "现将本局2012年政府信息公开工作情况报告如下。",
                "一、概述",
                "本局高度重视政府信息公开工作。",
                "二、主动公开政府信息情况",
                "一、主动公开",
                "二、依申请公开",
                "三、政府信息公开保密审查",
                "全年公开信息56条",
                "三、依申请公开情况",
                "无",
                "存在的主要问题及改进措施",
                "公开内容不够全面。",
                "五、其他需要报告的事项",
                "无。",
                "某某县民政局",
                "二○一三年二月二十日"));
        assertThat(t.sections()).extracting(Section::number).containsExactly("一", "二", "三", "", "五");
        assertThat(t.sections()).extracting(Section::heading)
                .containsExactly("概述", "主动公开政府信息情况", "依申请公开情况", "存在的主要问题及改进措施", "其他需要报告的事项");
        assertThat(t.sections().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("一、主动公开", "二、依申请公开", "三、政府信息公开保密审查", "全年公开信息56条");
        assertThat(t.sections().get(4).paragraphs()).extracting(Paragraph::text).containsExactly("无。");
        assertThat(t.preamble()).extracting(Paragraph::text).containsExactly("现将本局2012年政府信息公开工作情况报告如下。");
        assertThat(t.metadata().title()).isEqualTo("某某县民政局2012年政府信息公开工作年度报告");
        assertThat(t.metadata().addressee()).isEqualTo("县政府");
        assertThat(t.metadata().organization()).isEqualTo("某某县民政局");
        assertThat(t.metadata().date()).isEqualTo(LocalDate.of(2013, 2, 20));
        assertThat(t.metadata().dateText()).isEqualTo("二○一三年二月二十日");
        assertThat(t.metadata().year()).isEqualTo(2012);
    }

    @Test
    void aSentenceStartingWithANumeralIsNoHeading() {
        TextStructure t = TextStructureReader.read(document(
                "2019年度政府信息公开工作年度报告",
                "一、总体情况",
                "二、主动公开政府信息情况较好，全年公开信息100条，其中政策解读10条。",
                "六、其他需要报告的事项",
                "无"));
        assertThat(t.sections()).extracting(Section::printedHeading)
                .containsExactly("一、总体情况", "六、其他需要报告的事项");
        assertThat(t.sections().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void organizationAndYearFromTheTitleWhenThereIsNoSignature() {
        TextStructure t = TextStructureReader.read(document(
                "武汉市生态环境局2020年政府信息公开工作年度报告",
                "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2020年1月1日至2020年12月31日。",
                "一、总体情况",
                "2020年，本局依法做好主动公开和依申请公开工作。"));
        assertThat(t.metadata().organization()).isEqualTo("武汉市生态环境局");
        assertThat(t.metadata().year()).isEqualTo(2020);
        assertThat(t.metadata().date()).isNull();
        assertThat(t.metadata().dateText()).isEmpty();
        assertThat(t.preamble()).hasSize(1);
    }

    @Test
    void yearFromTheStatisticsHeaderOrThePeriodSentence() {
        assertThat(TextStructureReader.read(document("政府信息公开工作情况统计表", "（2016年度）", "单位名称：某局"))
                .metadata().year()).isEqualTo(2016);
        assertThat(TextStructureReader.read(document("政府信息公开工作情况",
                "本报告统计期限为2015年1月1日至2015年12月31日。")).metadata().year()).isEqualTo(2015);
    }

    @Test
    void signatureOnOneLineAndTheAttachmentEndTheNarrative() {
        TextStructure t = TextStructureReader.read(document(
                "某某镇人民政府2017年度政府信息公开工作年度报告",
                "一、概述",
                "全年工作正常开展。",
                "附件：政府信息公开工作情况统计表",
                "某某镇人民政府 2018年1月31日",
                "附件",
                "政府信息公开工作情况统计表"));
        assertThat(t.sections()).hasSize(1);
        assertThat(t.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("全年工作正常开展。");
        assertThat(t.metadata().organization()).isEqualTo("某某镇人民政府");
        assertThat(t.metadata().date()).isEqualTo(LocalDate.of(2018, 1, 31));
        assertThat(t.metadata().year()).isEqualTo(2017);
    }

    @Test
    void aDateUnderTheTitleDoesNotEndTheNarrative() {
        TextStructure t = TextStructureReader.read(document(
                "某某区人民政府2022年政府信息公开工作年度报告",
                "2023年1月20日",
                "一、总体情况",
                "全年工作正常开展。",
                "六、其他需要报告的事项",
                "无。"));
        assertThat(t.sections()).extracting(Section::number).containsExactly("一", "六");
        assertThat(t.sections().get(1).paragraphs()).extracting(Paragraph::text).containsExactly("无。");
        assertThat(t.metadata().date()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(t.metadata().organization()).isEqualTo("某某区人民政府");
    }

    @Test
    void theTitleOfAnAttachedStatisticsTableEndsTheNarrative() {
        TextStructure t = TextStructureReader.read(document(
                "某某局2016年度政府信息公开工作年度报告",
                "一、概述",
                "全年工作正常开展。",
                "某某局",
                "2017年3月1日",
                "政府信息公开工作情况统计表",
                "单位名称：某某局"));
        assertThat(t.sections()).hasSize(1);
        assertThat(t.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("全年工作正常开展。");
        assertThat(t.metadata().organization()).isEqualTo("某某局");
        assertThat(t.metadata().date()).isEqualTo(LocalDate.of(2017, 3, 1));
    }

    @Test
    void aTitleOverTwoLinesWithTheOrganFirst() {
        TextStructure t = TextStructureReader.read(document(
                "威海市环翠区残疾人联合会",
                "2017年度政府信息公开工作年度报告",
                "一、概述",
                "无"));
        assertThat(t.metadata().title()).isEqualTo("威海市环翠区残疾人联合会2017年度政府信息公开工作年度报告");
        assertThat(t.metadata().organization()).isEqualTo("威海市环翠区残疾人联合会");
        assertThat(t.metadata().year()).isEqualTo(2017);
        assertThat(t.preamble()).isEmpty();
    }

    @Test
    void aClosingPhraseBeforeTheDateIsNoOrganization() {
        TextStructure t = TextStructureReader.read(document(
                "某某县水利局2016年度政府信息公开工作年度报告",
                "一、概述",
                "全年工作正常开展。",
                "特此报告",
                "2017年3月1日"));
        assertThat(t.metadata().organization()).isEqualTo("某某县水利局");
        assertThat(t.metadata().date()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(t.sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("全年工作正常开展。", "特此报告");
    }

    @Test
    void theOrganizationComesFromATitleThatStartsWithTheYear() {
        assertThat(TextStructureReader.organizationFromTitle("2019年上海市人民政府办公厅政府信息公开工作年度报告"))
                .isEqualTo("上海市人民政府办公厅");
        assertThat(TextStructureReader.organizationFromTitle("平潭综合实验区2019年度政府信息公开工作年度报告"))
                .isEqualTo("平潭综合实验区");
        assertThat(TextStructureReader.organizationFromTitle("2019年度政府信息公开工作年度报告")).isEmpty();
        // a report without a signature names its organization by its title only
        TextStructure t = TextStructureReader.read(document(
                "2019年上海市人民政府办公厅政府信息公开工作年度报告",
                "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。",
                "一、总体情况",
                "2019年，市政府办公厅认真贯彻落实《条例》。"));
        assertThat(t.metadata().organization()).isEqualTo("上海市人民政府办公厅");
        assertThat(t.metadata().year()).isEqualTo(2019);
    }

    @Test
    void aTitleWithoutTheOrganizationLeavesItToThePageHeaderOrThePreamble() {
        TextStructure preamble = TextStructureReader.read(document(
                "2016年政府信息公开工作年度报告",
                "本报告由福州市晋安区人民政府信息公开办编制。本报告全文包括概述、主动公开政府信息情况等七部分。",
                "一、概述",
                "2016年，我区认真贯彻落实《条例》。"));
        assertThat(preamble.metadata().organization()).isEqualTo("福州市晋安区人民政府信息公开办");
        TextStructure header = TextStructureReader.read(document(
                "2012年政府信息公开工作年度报告",
                "来源：平潭县人民政府　时间：2013-01-17 00:00",
                "本报告由概述、主动公开政府信息情况共五个部分组成。",
                "一、概述",
                "2012年，全县政府信息公开工作持续稳步开展。"));
        assertThat(header.metadata().organization()).isEqualTo("平潭县人民政府");
    }

    @Test
    void aOneLineNothingToReportStaysTheTextOfItsSection() {
        TextStructure t = TextStructureReader.read(document(
                "某某县人民政府2020年政府信息公开工作年度报告",
                "一、总体情况",
                "本年度依法推进政府信息公开。",
                "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况",
                "公开内容不够全面。",
                "六、其他需要报告的事项",
                "无其他需要报告的事项"));
        assertThat(t.sections()).extracting(Section::number).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(t.sections().get(5).paragraphs()).extracting(Paragraph::text)
                .containsExactly("无其他需要报告的事项");
    }

    @Test
    void aHeadingOutsideTheVocabularyIsOneWhenTheNumberingAroundItSaysSo() {
        TextStructure t = TextStructureReader.read(document(
                "某某县人民政府2012年政府信息公开工作年度报告",
                "一、概述",
                "全县稳步推进政府信息公开。",
                "二、主动公开政府信息情况",
                "全年主动公开信息120条。",
                "三、依申请公开情况",
                "全年收到申请5件。",
                "四、审批事项及处理情况",
                "全年办理审批事项300件。",
                "五、存在的主要问题及改进措施",
                "公开内容不够全面。",
                "六、其他需要报告的事项",
                "无。"));
        assertThat(t.sections()).extracting(Section::number).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(t.sections().get(3).heading()).isEqualTo("审批事项及处理情况");
        // the next heading does not continue its numbering: it stays the text of its section
        TextStructure inside = TextStructureReader.read(document(
                "某某县人民政府2012年政府信息公开工作年度报告",
                "一、概述",
                "全县稳步推进政府信息公开。",
                "二、工作亮点情况",
                "四、依申请公开情况",
                "全年收到申请5件。"));
        assertThat(inside.sections()).extracting(Section::number).containsExactly("一", "四");
        assertThat(inside.sections().get(0).paragraphs()).extracting(Paragraph::text).contains("二、工作亮点情况");
    }
}
