package io.github.disclosurereport.form;

/** A forms TSV that cannot be loaded: a programming or packaging error, never caused by a user's report. */
public final class FormDefinitionException extends RuntimeException {
    /**
     * An exception with a message for the person who wrote the forms TSV.
     *
     * @param message what is wrong, naming the form and, where it can, the line
     */
    public FormDefinitionException(String message) {
        super(message);
    }
}
