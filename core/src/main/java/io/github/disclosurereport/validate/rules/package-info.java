/**
 * The standard rules: structure S1–S11, arithmetic A1–A7 and the legacy A-PART, A-SUBSET and A-CHANNEL, text
 * against tables N1–N4, dates and sign-off D1–D4 and F1, each listed with its id and the formats it applies to in
 * {@link io.github.disclosurereport.validate.rules.StandardRules}, which the validator is built from. A program adds
 * rules of its own through the exported {@link io.github.disclosurereport.validate.Rule}, not here.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.validate.rules;
