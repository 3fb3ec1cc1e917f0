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
}
