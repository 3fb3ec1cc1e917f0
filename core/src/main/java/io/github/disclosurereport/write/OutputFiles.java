package io.github.disclosurereport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Every file the library writes goes through here: written to a temporary file beside the target, then moved into
 * place, so a failure never leaves a half-written file and a reader never sees one; never over one of the inputs.
 * Whether an existing file may be replaced at all is the caller's policy (the CLI's {@code --force}).
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
     * @param target  where the output goes (an existing file there is replaced)
     * @param content what to write
     * @param inputs  the files the output was made from; the target may never be one of them
     * @throws FileSystemException when the target is an input, or its directory does not exist
     */
    public static void write(Path target, Content content, Path... inputs) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.exists(abs) && Files.isSameFile(in, abs)) {
                throw new FileSystemException(target.toString(), null,
                        "输出文件不能与输入文件相同 / the output would overwrite the input");
            }
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "输出目录不存在 / output directory does not exist");
        }
        // Not Files.createTempFile: its owner-only permissions would end up on the report.
        Path tmp = Files.createFile((dir == null ? Path.of(".") : dir)
                .resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp"));
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
