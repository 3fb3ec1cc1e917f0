/**
 * Reads, validates and writes China's government information disclosure annual reports (政府信息公开工作年度报告).
 *
 * <p>Start at {@link io.github.disclosurereport.DisclosureReports}: the configured root from which the reader,
 * validator, converter and writers come. Only the API packages are exported; the file readers, mapping, rules
 * and writers' internals are not.
 */
module io.github.disclosurereport {
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.poi.scratchpad;
    requires org.apache.xmlbeans;
    requires org.apache.commons.compress;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.apache.commons.io;
    requires org.apache.logging.log4j;
    requires org.jsoup;
    requires com.ctc.wstx; // StAX for .docx bodies: faster than the JDK's parser
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires java.desktop; // PDFBox's graphics callbacks hand out java.awt.geom points
    requires java.net.http; // reports read from their published address
    requires apache.mime4j.core; // no Automatic-Module-Name in its manifest: named after the jar

    // silent unless the program adds a real log4j provider (see QuietLog4jProvider)
    provides org.apache.logging.log4j.spi.Provider with io.github.disclosurereport.logging.QuietLog4jProvider;

    exports io.github.disclosurereport;
    exports io.github.disclosurereport.model;
    exports io.github.disclosurereport.form;
    exports io.github.disclosurereport.read;
    exports io.github.disclosurereport.validate;
}
