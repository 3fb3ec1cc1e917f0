package io.github.disclosurereport.read.source;

/**
 * One element of the neutral intermediate every file-type reader produces: a paragraph or a logical table, in
 * document order. Format detection and mapping to the model work only on these.
 */
public sealed interface SourceBlock permits SourceParagraph, SourceTable {
}
