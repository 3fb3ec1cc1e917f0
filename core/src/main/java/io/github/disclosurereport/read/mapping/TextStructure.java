package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Section;

import java.util.List;

/**
 * What the narrative text of a report says, independent of its tables: title, addressee, preamble, sections,
 * signature.
 */
record TextStructure(Metadata metadata, List<Paragraph> preamble, List<Section> sections) {
    TextStructure {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }
}
