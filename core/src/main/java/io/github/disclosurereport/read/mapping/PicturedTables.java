package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.TableCaption;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceImage;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.text.ChineseNumerals;

import java.util.List;
import java.util.Optional;

/**
 * Finds the picture that stands where a missing form table should be: sites often paste a table as a screenshot,
 * and a clerk fixing the report needs to know which picture it is.
 */
final class PicturedTables {

    private PicturedTables() {
    }

    /**
     * The first picture printed in the section the caption numbers (after its heading 二、…, before the next
     * numbered heading), if any.
     */
    static Optional<SourceImage> inSection(SourceDocument source, TableCaption caption) {
        if (source.images().isEmpty() || !caption.numbered()) {
            return Optional.empty();
        }
        int section = ChineseNumerals.parse(caption.number());
        List<SourceBlock> blocks = source.blocks();
        int start = -1;
        int end = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof SourceParagraph p)) {
                continue;
            }
            int number = SectionHeadings.numberOf(p.text());
            if (start < 0 && number == section) {
                start = i;
            } else if (start >= 0 && number > section) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        for (SourceImage image : source.images()) {
            if (image.afterBlocks() > start && image.afterBlocks() <= end) {
                return Optional.of(image);
            }
        }
        return Optional.empty();
    }
}
