package io.github.disclosurereport.cli.web;

/**
 * A request the page or a script got wrong (a missing file field, too many or too large files): answered with its
 * HTTP status and one Chinese line, never a stack trace.
 */
public final class WebInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status  the HTTP status to answer with (400, 413)
     * @param message one line in Chinese and English
     */
    public WebInputException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** {@return the HTTP status to answer with} */
    public int status() {
        return status;
    }
}
