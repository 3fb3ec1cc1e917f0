package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.ReadNote;

import java.time.LocalDate;
import java.util.List;

/**
 * The neutral intermediate: what any file-type reader makes of a file.
 *
 * @param fileName the file's name (no directories)
 * @param fileType what the content was detected as (docx, doc, xlsx, xls)
 * @param blocks   paragraphs and tables in document order (for workbooks: one table per sheet)
 * @param notes    damage the file-type reader noticed and read around (a missing part …), passed on to the report
 * @param published the date the file says it was published (a web page's 发布时间), or null
 * @param images   pictures printed in the flow, in document order (so far from web pages only)
 */
public record SourceDocument(String fileName, String fileType, List<SourceBlock> blocks, List<ReadNote> notes,
                             LocalDate published, List<SourceImage> images) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        images = List.copyOf(images);
    }

    /** A document with no pictures found in its flow. */
    public SourceDocument(String fileName, String fileType, List<SourceBlock> blocks, List<ReadNote> notes,
                          LocalDate published) {
        this(fileName, fileType, blocks, notes, published, List.of());
    }

    /** A document that does not say when it was published. */
    public SourceDocument(String fileName, String fileType, List<SourceBlock> blocks, List<ReadNote> notes) {
        this(fileName, fileType, blocks, notes, null);
    }

    public SourceDocument(String fileName, String fileType, List<SourceBlock> blocks) {
        this(fileName, fileType, blocks, List.of());
    }

    /** This document with one more note. */
    public SourceDocument withNote(ReadNote note) {
        List<ReadNote> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new SourceDocument(fileName, fileType, blocks, more, published, images);
    }

    public List<SourceParagraph> paragraphs() {
        return blocks.stream().filter(SourceParagraph.class::isInstance).map(SourceParagraph.class::cast).toList();
    }

    public List<SourceTable> tables() {
        return blocks.stream().filter(SourceTable.class::isInstance).map(SourceTable.class::cast).toList();
    }
}
