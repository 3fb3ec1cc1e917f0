package io.github.disclosurereport.form;

/** A forms TSV that cannot be loaded: a programming or packaging error, never caused by a user's report. */
public final class FormDefinitionException extends RuntimeException {
    public FormDefinitionException(String message) {
        super(message);
    }
}
