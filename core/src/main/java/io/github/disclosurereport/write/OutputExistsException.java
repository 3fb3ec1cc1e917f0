package io.github.disclosurereport.write;

import java.io.IOException;

/** The output file exists and replacing it was not asked for (CLI: --force). */
public final class OutputExistsException extends IOException {
    public OutputExistsException(String message) {
        super(message);
    }
}
