package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Rule;
import io.github.disclosurereport.validate.ValidationContext;
import io.github.disclosurereport.validate.ValidationResult;
import io.github.disclosurereport.validate.rules.StandardRules;

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

    /**
     * A copy with one more rule, replacing a rule registered under the same id: how a program adds a local check,
     * or puts its own version of a standard rule in that rule's place.
     *
     * @param id      the id the rule is registered under, which {@link #without} and {@link #ruleIds()} use; the
     *                standard rules are registered under their rules.md ids ({@code S1}, {@code A4} …). The
     *                findings carry the id the rule itself gives them.
     * @param formats the report formats whose reports the rule is run on (an empty set registers it for none)
     * @param rule    the check; it must keep no state, as one validator is shared between threads and reports
     * @return the new validator (this one is unchanged)
     */
    public Validator withRule(String id, Set<ReportFormat> formats, Rule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        List<Registered> copy = new ArrayList<>(rules);
        copy.removeIf(r -> r.id().equals(id));
        copy.add(new Registered(id, formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats),
                rule));
        return new Validator(copy, previous, forms);
    }

    /**
     * A copy without the rule registered under this id, e.g. {@code without("S8")} for an office that does not
     * want that rule's findings; an id that is not registered changes nothing.
     *
     * @param id a rule id, as {@link #ruleIds()} lists them
     * @return the new validator (this one is unchanged)
     */
    public Validator without(String id) {
        List<Registered> copy = new ArrayList<>(rules);
        copy.removeIf(r -> r.id().equals(id));
        return new Validator(copy, previous, forms);
    }

    /**
     * A copy that compares every report it validates with last year's report of the same organ: rule A5 checks
     * this year's 上年结转 against last year's 结转下年度, A6 this year's 现行有效件数 against last year's plus the
     * documents issued less those repealed, D3 whether the text repeats last year's word for word. Without last
     * year's report those rules find nothing; a report of another year or organ is refused (D4, an ERROR whose
     * message says why) and not compared.
     *
     * @param previousYear last year's report, or null for none
     * @return the new validator (this one is unchanged)
     */
    public Validator withPrevious(Report previousYear) {
        return new Validator(rules, previousYear, forms);
    }

    /** {@return the ids of the registered rules, in registration order} */
    public List<String> ruleIds() {
        return rules.stream().map(Registered::id).toList();
    }

    /**
     * Checks a report with every registered rule of its format, comparing it with last year's report when one was
     * given by {@link #withPrevious}.
     *
     * @param report the report
     * @return the findings, sorted by their place in the document; no findings means every rule passed
     */
    public ValidationResult validate(Report report) {
        return validate(report, previous);
    }

    /**
     * Checks a report as {@link #validate(Report)} does, comparing it with this last year's report instead of the
     * one given by {@link #withPrevious}: one validator can then check many organs' reports, each against its own.
     *
     * @param report       the report
     * @param previousYear last year's report of the same organ, or null for none
     * @return the findings, sorted by their place in the document
     */
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
