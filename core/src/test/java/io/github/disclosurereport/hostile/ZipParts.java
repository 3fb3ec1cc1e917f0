package io.github.disclosurereport.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The entries of a .docx/.xlsx as an editable list (duplicates allowed), written back as a zip. */
final class ZipParts {

    record Part(String name, byte[] data) {
        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    final List<Part> parts = new ArrayList<>();

    static ZipParts of(byte[] zip) {
        ZipParts z = new ZipParts();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.parts.add(new Part(e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return z;
    }

    int indexOf(String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String text(String name) {
        return parts.get(indexOf(name)).text();
    }

    ZipParts put(String name, String text) {
        return put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the part of that name, or adds it at the end. */
    ZipParts put(String name, byte[] data) {
        int i = indexOf(name);
        if (i < 0) {
            parts.add(new Part(name, data));
        } else {
            parts.set(i, new Part(name, data));
        }
        return this;
    }

    ZipParts remove(String name) {
        parts.removeIf(p -> p.name().equals(name));
        return this;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Part p : parts) {
                out.putNextEntry(new ZipEntry(p.name()));
                out.write(p.data());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Like {@link #toBytes()} but entries may repeat a name (ZipOutputStream refuses that), by writing each
     * duplicate under a same-length placeholder name and patching the name bytes afterwards.
     */
    byte[] toBytesAllowingDuplicates() {
        List<String> seen = new ArrayList<>();
        List<String[]> renames = new ArrayList<>();
        ZipParts unique = new ZipParts();
        int n = 0;
        for (Part p : parts) {
            String name = p.name();
            if (seen.contains(name)) {
                String placeholder = placeholder(name, n++);
                renames.add(new String[] {placeholder, name});
                name = placeholder;
            }
            seen.add(name);
            unique.parts.add(new Part(name, p.data()));
        }
        byte[] zip = unique.toBytes();
        for (String[] r : renames) {
            replaceAll(zip, r[0].getBytes(StandardCharsets.UTF_8), r[1].getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }

    private static String placeholder(String name, int n) {
        String tag = "~" + n;
        return name.substring(0, name.length() - tag.length()) + tag;
    }

    private static void replaceAll(byte[] data, byte[] from, byte[] to) {
        outer:
        for (int i = 0; i + from.length <= data.length; i++) {
            for (int k = 0; k < from.length; k++) {
                if (data[i + k] != from[k]) {
                    continue outer;
                }
            }
            System.arraycopy(to, 0, data, i, to.length);
        }
    }
}
