package io.github.disclosurereport.read;

import java.util.List;

/**
 * The neutral intermediate: what any file-type reader makes of a file.
 *
 * @param fileName the file's name (no directories)
 * @param fileType what the content was detected as (docx, doc, xlsx, xls)
 * @param blocks   paragraphs and tables in document order (for workbooks: one table per sheet)
 */
public record SourceDocument(String fileName, String fileType, List<SourceBlock> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    public List<SourceParagraph> paragraphs() {
        return blocks.stream().filter(SourceParagraph.class::isInstance).map(SourceParagraph.class::cast).toList();
    }

    public List<SourceTable> tables() {
        return blocks.stream().filter(SourceTable.class::isInstance).map(SourceTable.class::cast).toList();
    }
}
