/**
 * The validation API: what a check finds ({@link io.github.disclosurereport.validate.Finding}, with its
 * {@link io.github.disclosurereport.validate.Severity}), what a validation returns
 * ({@link io.github.disclosurereport.validate.ValidationResult}), and how to write a rule of one's own
 * ({@link io.github.disclosurereport.validate.Rule}, which looks at a
 * {@link io.github.disclosurereport.validate.ValidationContext}).
 *
 * <p>To validate, start at {@link io.github.disclosurereport.Validator}, from
 * {@link io.github.disclosurereport.DisclosureReports#validator()}; it runs the standard rules, and
 * {@link io.github.disclosurereport.Validator#withRule} adds another.
 */
package io.github.disclosurereport.validate;
