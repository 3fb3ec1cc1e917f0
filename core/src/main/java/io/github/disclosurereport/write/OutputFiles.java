package io.github.disclosurereport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Every output goes through here: written to a temporary file beside the target, then moved into place, so a
 * failure never leaves a half-written file and a reader never sees one. An existing file is replaced only when
 * asked, and never when it is the input itself.
 */
public final class OutputFiles {

    /** Writes the content of an output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * @param target  where the output goes
     * @param replace whether an existing file may be replaced
     * @param inputs  the files the output was made from; the target may never be one of them
     */
    public static void write(Path target, boolean replace, Content content, Path... inputs) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.exists(abs) && Files.isSameFile(in, abs)) {
                throw new OutputExistsException(target + ": 输出文件不能与输入文件相同 / the output would overwrite the input");
            }
        }
        if (Files.exists(abs) && !replace) {
            throw exists(abs);
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir + ": 输出目录不存在 / output directory does not exist");
        }
        // Not Files.createTempFile: its owner-only permissions would end up on the report.
        Path tmp = Files.createFile((dir == null ? Path.of(".") : dir)
                .resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, abs, replace);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target, boolean replace) throws IOException {
        if (!replace) {
            // a hard link is made atomically and never replaces a file, so a file that appeared meanwhile is not
            // clobbered either; where links are not supported, fall back to check-then-move
            try {
                Files.createLink(target, tmp);
                return; // the temporary name is removed by the caller
            } catch (FileAlreadyExistsException e) {
                throw exists(target);
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    throw exists(target);
                }
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static OutputExistsException exists(Path target) {
        return new OutputExistsException(target + ": 文件已存在，如需覆盖请加 --force / exists (use --force to replace)");
    }
}
