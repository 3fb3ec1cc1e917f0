package io.github.disclosurereport.read.source;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a .docx/.xlsx, inflated once — by the safety check, which had to inflate them anyway — and handed to
 * POI as they are, so a file is unzipped once, not once for the check and again for POI.
 */
public final class PackageParts implements ZipEntrySource {

    private final Map<String, byte[]> parts;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();

    /** @param parts each part's name and inflated bytes, in the zip's order */
    public PackageParts(Map<String, byte[]> parts) {
        this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        this.parts.forEach((name, bytes) -> {
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setSize(bytes.length);
            entries.put(name, e);
        });
    }

    /** A part's bytes, if the package has a part of that name. */
    public Optional<byte[]> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** The parts' names, in the zip's order. */
    public java.util.Set<String> names() {
        return parts.keySet();
    }

    /** The package, read-only, on these parts (for reading; a document to be written back opens its own). */
    public OPCPackage open() throws InvalidFormatException {
        return OPCPackage.open(this);
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return entries.get(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) {
        byte[] bytes = parts.get(entry.getName());
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public void close() {
        // nothing to release: the parts are plain byte arrays
    }

    @Override
    public boolean isClosed() {
        return false;
    }
}
