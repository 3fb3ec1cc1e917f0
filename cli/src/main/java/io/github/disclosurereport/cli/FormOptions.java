package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormDefinitionException;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code --form FILE.tsv [--form-format FORMAT]}: the root every command works with — the national forms, or a
 * provincial variant in place of its format's form. Every command reads, checks and writes through this one root.
 */
final class FormOptions {

    @Option(names = "--form", paramLabel = "FILE.tsv",
            description = "本省表格格式文件（替换同一格式的全国表格） / a provincial variant of a form (forms TSV); its "
                    + "format from a '# format: TRIAL_2019' comment or --form-format")
    Path form;

    @Option(names = "--form-format", paramLabel = "FORMAT",
            description = "--form 文件所属的报告格式 / the format the --form file varies: ${COMPLETION-CANDIDATES}")
    ReportFormat formFormat;

    /** The configured root: the defaults, with the variant given by --form in place of its format's form. */
    DisclosureReports root() throws IOException {
        if (form == null) {
            return DisclosureReports.defaults();
        }
        String fileName = form.getFileName() == null ? form.toString() : form.getFileName().toString();
        String name = fileName.endsWith(".tsv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        if (!Files.isRegularFile(form)) {
            throw new NoSuchFileException(form.toString());
        }
        byte[] content = Files.readAllBytes(form);
        try {
            FormDefinition variant = formFormat == null ? Forms.loadDeclared(name, content)
                    : Forms.load(name, formFormat, content);
            return DisclosureReports.defaults().withForms(FormSet.standard().withForm(variant));
        } catch (FormDefinitionException e) {
            throw new FormFileException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** A --form file that is no usable forms TSV: the user's input, reported in one line (exit 2). */
    static final class FormFileException extends RuntimeException {
        FormFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
