package io.github.disclosurereport.read;

import java.io.IOException;

/**
 * The file cannot be read as a report at all. The message is one line a clerk can act on (what the file really
 * is, which limit was hit and how to raise it); {@link #reason()} tells programs what happened. Problems inside a
 * readable report are never exceptions: they are {@link io.github.disclosurereport.model.ReadNote}s and findings.
 */
public class ReportReadException extends IOException {

    /** Why a file could not be read. */
    public enum Reason {
        /** The path does not exist or is not a readable regular file. */
        NOT_FOUND,
        /** The content is not a supported type (PDF, HTML, an image, an OLE file that is not Word or Excel …). */
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

    /**
     * A refusal with its reason.
     *
     * @param reason  why the file cannot be read
     * @param message one line a clerk can act on
     */
    public ReportReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
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
    }

    /** {@return why the file could not be read} Programs go by this; the message is for people. */
    public Reason reason() {
        return reason;
    }
}
