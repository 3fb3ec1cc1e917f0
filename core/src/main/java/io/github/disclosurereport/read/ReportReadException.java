package io.github.disclosurereport.read;

import java.io.IOException;

/**
 * The file cannot be read as a report at all. The message is one line a clerk can act on (what the file really
 * is, what was too large and how large); {@link #reason()} and {@link #limit()} tell programs what happened. Problems inside a
 * readable report are never exceptions: they are {@link io.github.disclosurereport.model.ReadNote}s and findings.
 */
public class ReportReadException extends IOException {

    /** Why a file could not be read. */
    public enum Reason {
        /** The path does not exist or is not a readable regular file. */
        NOT_FOUND,
        /** The content is not a supported type (a scanned PDF, an image, an OLE file that is not Word or Excel …). */
        UNSUPPORTED_TYPE,
        /** Password-protected / encrypted. */
        ENCRYPTED,
        /** A supported type, but damaged beyond reading. */
        CORRUPT,
        /** A safety limit was hit (zip bomb, huge part, too many entries); the message names it. */
        LIMIT_EXCEEDED,
        /** The file reads, but holds nothing that looks like a report or statistics table. */
        NOT_A_REPORT,
        /**
         * A file given as a template to fill already holds a report's text or figures, which filling would write
         * over (often the template and the report were given the wrong way round).
         */
        NOT_A_TEMPLATE
    }

    /** Why the file could not be read; kept when the exception is serialised. */
    private final Reason reason;
    /** The {@link ReadLimits} setting that refused the file, or null. */
    private final String limit;

    /**
     * A refusal with its reason.
     *
     * @param reason  why the file cannot be read
     * @param message one line a clerk can act on
     */
    public ReportReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
        this.limit = null;
    }

    /**
     * A refusal with its reason and the failure behind it, kept for a stack trace.
     *
     * @param reason  why the file cannot be read
     * @param message one line a clerk can act on
     * @param cause   what the underlying library threw
     */
    public ReportReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.limit = null;
    }

    private ReportReadException(String message, String limit) {
        super(message);
        this.reason = Reason.LIMIT_EXCEEDED;
        this.limit = limit;
    }

    /**
     * A refusal by one of the reader's safety limits. The message says in words what was too large and by how much;
     * the setting's name is for programs, which may raise it ({@link ReadLimits}), not for the clerk.
     *
     * @param message one line a clerk can act on
     * @param limit   the name of the {@link ReadLimits} component that was hit, e.g. {@code maxFileBytes}
     * @return the refusal, with reason {@link Reason#LIMIT_EXCEEDED}
     */
    public static ReportReadException limitExceeded(String message, String limit) {
        return new ReportReadException(message, java.util.Objects.requireNonNull(limit, "limit"));
    }

    /** {@return why the file could not be read} Programs go by this; the message is for people. */
    public Reason reason() {
        return reason;
    }

    /**
     * {@return the {@link ReadLimits} setting that refused the file (e.g. {@code maxFileBytes}), empty when no setting
     * of the reader did} A program that trusts the file may raise that setting and read it again.
     */
    public java.util.Optional<String> limit() {
        return java.util.Optional.ofNullable(limit);
    }
}
