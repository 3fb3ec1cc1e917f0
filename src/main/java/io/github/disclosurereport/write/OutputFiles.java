package io.github.disclosurereport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            throw new OutputExistsException(target + ": 文件已存在，如需覆盖请加 --force / exists (use --force to replace)");
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir + ": 输出目录不存在 / output directory does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
