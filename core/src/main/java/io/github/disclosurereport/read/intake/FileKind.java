package io.github.disclosurereport.read.intake;

/** The kinds of readable content, as {@link FileSniffer} detects them from the bytes. */
public enum FileKind {
    /** Word 2007+ (.docx, also .docm/.dotx). */
    DOCX,
    /** Word 97–2003 (.doc). */
    DOC,
    /** Excel 2007+ (.xlsx): a statistics sheet, or a workbook this library exported. */
    XLSX,
    /** Excel 97–2003 (.xls). */
    XLS,
    /** This library's own JSON ({@code parse --json}). */
    JSON,
    /** A web page (.html/.htm/.shtml, or a page saved under a Word name). */
    HTML,
    /** A web page saved as a single file (.mht/.mhtml: a MIME multipart archive, also under a Word name). */
    MHT
}
