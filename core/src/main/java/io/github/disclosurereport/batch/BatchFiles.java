package io.github.disclosurereport.batch;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a batch reads: each file given, and every file under each folder given (recursively, in name order),
 * whatever its extension — the reader tells a report from anything else by content, and a file that is none is
 * listed as unreadable with the reason rather than silently left out. Hidden files and office lock files
 * ({@code ~$报告.docx}) are left out: they are no one's submission.
 */
public final class BatchFiles {

    private BatchFiles() {
    }

    /**
     * The files under the inputs, each once, in the order given (a folder's files sorted by path).
     *
     * @param inputs files and folders
     * @param skip   files never to read (e.g. the summary workbook being written into the folder)
     * @return the regular files to read
     * @throws NoSuchFileException when an input does not exist
     * @throws IOException         when a folder cannot be listed
     */
    public static List<Path> under(List<Path> inputs, Set<Path> skip) throws IOException {
        Set<Path> skipped = new LinkedHashSet<>();
        for (Path s : skip) {
            skipped.add(s.toAbsolutePath().normalize());
        }
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
                    found = walk.filter(p -> !p.equals(input) && Files.isRegularFile(p) && !ignored(p, input))
                            .sorted().toList();
                }
                for (Path p : found) {
                    add(p, skipped, seen, out);
                }
            } else if (Files.exists(input)) {
                add(input, skipped, seen, out);
            } else {
                throw new NoSuchFileException(input.toString());
            }
        }
        return out;
    }

    private static void add(Path p, Set<Path> skipped, Set<Path> seen, List<Path> out) {
        Path key = p.toAbsolutePath().normalize();
        if (!skipped.contains(key) && seen.add(key)) {
            out.add(p);
        }
    }

    /** A hidden file or folder on the way from the input folder, or an office program's lock file. */
    private static boolean ignored(Path file, Path root) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }
}
