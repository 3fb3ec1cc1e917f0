package io.github.disclosurereport.read;

import io.github.disclosurereport.model.Metadata;

import java.util.List;

/** Title, addressee, preamble, sections and signature from the paragraphs of the neutral intermediate. */
final class TextStructureReader {

    private TextStructureReader() {
    }

    static TextStructure read(SourceDocument source) {
        // TODO(issue 2): headings from the vocabulary plus numbering, signature, dates.
        return new TextStructure(new Metadata("", "", "", null, null, ""), List.of(), List.of());
    }
}
