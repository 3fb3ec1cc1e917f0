/**
 * The thin file-type readers: .docx, .doc, .xlsx, .xls, web pages (.html, parsed by jsoup) and PDFs (the characters'
 * positions and the pages' ruling lines from PDFBox, {@link io.github.disclosurereport.read.source.PdfSourceReader})
 * each become one neutral intermediate
 * ({@link io.github.disclosurereport.read.source.SourceDocument}) of numbered paragraphs and logical tables with their
 * merges resolved, so that format detection and mapping never see a file type. A .docx is read straight from its
 * inflated parts with StAX ({@link io.github.disclosurereport.read.source.DocxStreamReader}, by XWPF's own rules of what
 * text a paragraph and a cell have); POI's XWPF reads only a .docx opened for editing. Also here: the one walk over a Word
 * body that readers and writers share ({@link io.github.disclosurereport.read.source.DocxBody}), so that a writer finds
 * the paragraph or cell a report's location names, and the translation of whatever POI throws into one clear
 * {@link io.github.disclosurereport.read.ReportReadException}.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.read.source;
