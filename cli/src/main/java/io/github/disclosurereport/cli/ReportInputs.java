package io.github.disclosurereport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.read.exported.ReportJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report given on the command line: a report file, or this tool's JSON (told apart by content). */
final class ReportInputs {

    private ReportInputs() {
    }

    static Report load(Path path) throws IOException {
        return load(path, FormSet.standard());
    }

    /** A report file is read with these forms; JSON names its form itself. */
    static Report load(Path path, FormSet forms) throws IOException {
        if (looksLikeJson(path)) {
            try {
                return ReportJson.fromJson(ReportJson.mapper().readTree(path.toFile()));
            } catch (JsonProcessingException e) {
                throw new ReportReadException(ReportReadException.Reason.CORRUPT,
                        path.getFileName() + ": JSON 格式错误 / malformed JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT,
                        path.getFileName() + ": " + e.getMessage());
            }
        }
        return ReportReader.defaults().withForms(forms).read(path);
    }

    private static boolean looksLikeJson(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            for (int b = in.read(), n = 0; b >= 0 && n < 64; b = in.read(), n++) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
