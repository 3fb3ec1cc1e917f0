package io.github.disclosurereport;

import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Rule;
import io.github.disclosurereport.validate.ValidationContext;
import io.github.disclosurereport.validate.ValidationResult;
import io.github.disclosurereport.validate.rules.StandardRules;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.form.ReportFormat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules of rules.md over a report. Get it from {@link DisclosureReports#validator()} (the root's forms);
 * immutable and thread-safe: {@code withRule}/{@code without}/{@code withPrevious} each return a new validator.
 * A report is checked against the form it was read with, a report built by a program against the root's form of
 * its format.
 */
public final class Validator {

    /** A rule registered under its id for the formats it applies to. */
    private record Registered(String id, Set<ReportFormat> formats, Rule rule) {
    }

    private final List<Registered> rules;
    private final Report previous;
    private final FormSet forms;

    private Validator(List<Registered> rules, Report previous, FormSet forms) {
        this.rules = List.copyOf(rules);
        this.previous = previous;
        this.forms = forms;
    }

    /** Every rule of rules.md except the conversion rules C1/C2 (the converter reports those). */
    static Validator standard(FormSet forms) {
        Validator v = new Validator(List.of(), null, forms);
        for (StandardRules.Entry e : StandardRules.entries()) {
            v = v.withRule(e.id(), e.formats(), e.rule());
        }
        return v;
    }

    /**
     * A copy with no rules, to assemble a custom set with {@link #withRule}.
     *
     * @return a validator with this one's forms and previous report but no rules
     */
    public Validator withNoRules() {
        return new Validator(List.of(), previous, forms);
    }

    /** A copy with one more rule (replacing a rule registered under the same id). */
    public Validator withRule(String id, Set<ReportFormat> formats, Rule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        List<Registered> copy = new ArrayList<>(rules);
        copy.removeIf(r -> r.id().equals(id));
        copy.add(new Registered(id, formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats),
                rule));
        return new Validator(copy, previous, forms);
    }

    /** A copy without the rule registered under this id. */
    public Validator without(String id) {
        List<Registered> copy = new ArrayList<>(rules);
        copy.removeIf(r -> r.id().equals(id));
        return new Validator(copy, previous, forms);
    }

    /** A copy that compares every report with last year's report (rules A5, A6). */
    public Validator withPrevious(Report previousYear) {
        return new Validator(rules, previousYear, forms);
    }

    /** The ids of the registered rules, in registration order. */
    public List<String> ruleIds() {
        return rules.stream().map(Registered::id).toList();
    }

    public ValidationResult validate(Report report) {
        return validate(report, previous);
    }

    /** Validates a report against last year's report (may be null). */
    public ValidationResult validate(Report report, Report previousYear) {
        Objects.requireNonNull(report, "report");
        ValidationContext ctx = new ValidationContext(report, report.form(forms), forms,
                Optional.ofNullable(previousYear));
        List<Finding> findings = new ArrayList<>();
        for (Registered r : rules) {
            if (r.formats().contains(report.format())) {
                findings.addAll(r.rule().check(ctx));
            }
        }
        return new ValidationResult(findings);
    }
}
