package io.github.disclosurereport.write;

import io.github.disclosurereport.read.ExportedWorkbookReader;
import io.github.disclosurereport.model.Report;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a report as an .xlsx workbook in the official printed layout of its form: one sheet per table with live
 * SUM formulas for totals, input cells open for editing (validated), everything else protected without a
 * password; a 报告信息 sheet with the metadata; optionally a 校验结果 sheet; and a hidden id sheet from which
 * {@link ExportedWorkbookReader} reads the report back exactly.
 *
 * <p>Totals that disagree with their parts: the workbook shows the sum (the formula) and keeps the report's printed
 * value in a note on the cell; the validator's finding says which. Reading the workbook back returns the printed
 * value as long as the parts are unchanged, so export and read-back lose nothing.
 */
public final class XlsxExporter {

    private XlsxExporter() {
    }

    /** The workbook, for callers that stream it elsewhere. {@code findings} may be null (no 校验结果 sheet). */
    public static XSSFWorkbook toWorkbook(Report report, List<FindingRow> findings) {
        return new WorkbookBuilder(report).build(findings);
    }

    public static void write(Report report, List<FindingRow> findings, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = toWorkbook(report, findings)) {
            wb.write(out);
        }
    }

    /**
     * Writes to {@code target} through a temporary file in the same directory moved into place, so the target
     * never holds a partial workbook and nothing is left behind on failure.
     *
     * @param findings may be null: no 校验结果 sheet
     * @param force    replace an existing file; without it an existing target is left alone
     * @throws FileAlreadyExistsException when the target exists and {@code force} is false
     */
    public static void export(Report report, List<FindingRow> findings, Path target, boolean force)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!force && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null,
                    "输出文件已存在，未覆盖（如需覆盖请使用 --force） / output file exists, not overwritten");
        }
        Path dir = absolute.getParent();
        // Not Files.createTempFile: its owner-only permissions would end up on the report.
        Path temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID()
                + ".tmp"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(report, findings, out);
            }
            move(temp, absolute, force);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target, boolean force) throws IOException {
        if (!force) {
            // A hard link is created atomically and never replaces a file, so a file that appeared meanwhile
            // is not clobbered either; where links are not supported, fall back to check-then-move.
            try {
                Files.createLink(target, temp);
                return; // the temp name is removed by the caller
            } catch (FileAlreadyExistsException e) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "输出文件已存在，未覆盖（如需覆盖请使用 --force） / output file exists, not overwritten");
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "输出文件已存在，未覆盖（如需覆盖请使用 --force） / output file exists, not overwritten");
                }
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (force) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        }
    }
}
