package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A writing command over a folder ({@code convert DIR -o OUTDIR}): one output per input under the same relative
 * path in the output folder, never over an input nor over an existing file without --force; a file that fails is
 * listed with its reason and the others go on. Exit 0 when anything was written, 2 when nothing was.
 */
final class FolderRun {

    /** What the command does with one file; returns what to print after the output's name (e.g. its notes). */
    @FunctionalInterface
    interface Job {
        String run(Path input, Path output) throws Exception;
    }

    private FolderRun() {
    }

    static int run(DisclosureReports root, Path inputDir, Path outputDir, boolean force, String extension, Job job,
                   PrintWriter out, PrintWriter err) throws Exception {
        Path in = inputDir.toAbsolutePath().normalize();
        Path outRoot = outputDir.toAbsolutePath().normalize();
        if (Files.exists(outRoot) && !Files.isDirectory(outRoot)) {
            throw new OutputOptions.OutputExistsException(outputDir
                    + ": 输入是文件夹时 -o 须为文件夹 / with a folder as input, -o must be a folder");
        }
        List<Path> files = new ArrayList<>();
        for (Path f : root.batchValidator().files(List.of(inputDir))) {
            // earlier outputs in an output folder inside the input folder are no inputs
            if (outRoot.equals(in) || !f.toAbsolutePath().normalize().startsWith(outRoot)) {
                files.add(f);
            }
        }
        Set<Path> inputs = new HashSet<>();
        files.forEach(f -> inputs.add(f.toAbsolutePath().normalize()));
        Set<Path> written = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int ok = 0;
        for (Path f : files) {
            Path relative = in.relativize(f.toAbsolutePath().normalize());
            Path target = outRoot.resolve(relative).resolveSibling(withExtension(relative, extension));
            String shown = outputDir.resolve(outRoot.relativize(target.normalize())).toString();
            try {
                if (inputs.contains(target) || !written.add(target)) {
                    failures.add(f + "：" + (inputs.contains(target) ? "输出会覆盖输入文件 / the output would overwrite an input"
                            : "与另一文件的输出同名 / another file's output has this name") + "（" + shown + "）");
                    continue;
                }
                if (Files.exists(target) && !force) {
                    failures.add(f + "：" + shown + " 已存在，如需覆盖请加 --force / exists (use --force to replace)");
                    continue;
                }
                Files.createDirectories(target.getParent());
                // an earlier output replaced with --force must not count as written when this run wrote nothing
                Object before = Files.exists(target) ? Files.getLastModifiedTime(target) : null;
                String done = job.run(f, target);
                if (Files.exists(target) && !Files.getLastModifiedTime(target).equals(before)) {
                    out.println("已写入 / written: " + shown + (done.isEmpty() ? "" : "（" + done + "）"));
                    ok++;
                } else {
                    out.println("未写出 / nothing to write: " + shown + (done.isEmpty() ? "" : "（" + done + "）"));
                }
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                failures.add(f + "：" + Failures.oneLine(e));
            }
        }
        if (!failures.isEmpty()) {
            out.println("未能处理 / not done (" + failures.size() + "):");
            failures.forEach(line -> out.println("  " + line));
        }
        out.println("共 " + files.size() + " 个文件，写出 " + ok + " 个，" + failures.size() + " 个未能处理 / "
                + files.size() + " files, " + ok + " written, " + failures.size() + " not done");
        out.flush();
        if (ok == 0) {
            err.println("没有写出任何文件 / nothing was written");
            return Main.EXIT_BAD_INPUT;
        }
        return 0;
    }

    /** The file's name with this extension, or unchanged when {@code extension} is null (the output keeps its kind). */
    private static String withExtension(Path relative, String extension) {
        String name = relative.getFileName().toString();
        if (extension == null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }
}
