package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The findings as JSON: what {@code validate --json} prints and what the web page's {@code POST /api/validate}
 * answers, both through the library's {@link DisclosureReports#toJson(ValidationResult)}, so the two cannot drift
 * apart.
 */
public final class ValidationJson {

    /** Numbers stay decimals: a figure such as 14722.49 is read back as written, never through a double. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectWriter INDENTED = TREES.writerWithDefaultPrettyPrinter();

    private ValidationJson() {
    }

    /**
     * The JSON text {@code validate --json} prints for one file.
     *
     * @param root   the configured root
     * @param result the validator's findings
     * @return indented JSON: {@code errors}, {@code warnings}, {@code findings}
     */
    public static String text(DisclosureReports root, ValidationResult result) {
        return root.toJson(result);
    }

    /**
     * The findings of one of several files, as a JSON object with the file's name first.
     *
     * @param root   the configured root
     * @param result the validator's findings
     * @param file   the file's name
     * @return {@code file}, then what {@link #text} holds
     */
    public static ObjectNode toJson(DisclosureReports root, ValidationResult result, String file) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("file", file);
        try {
            o.setAll((ObjectNode) TREES.readTree(root.toJson(result)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // the library's own JSON always parses
        }
        return o;
    }

    /**
     * A tree as indented JSON text, laid out as the library writes its JSON.
     *
     * @param node the tree
     * @return indented JSON text
     */
    public static String write(JsonNode node) {
        try {
            return INDENTED.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
