package io.github.disclosurereport.form;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which form each report format is read, validated and written with. Immutable: start from {@link #standard()}
 * and replace a format's form by a provincial variant with {@link #withForm}; configure the root with it
 * ({@code DisclosureReports.defaults().withForms(set)}). No global state: two roots with different sets can run
 * side by side.
 */
public final class FormSet {

    private static final FormSet STANDARD = new FormSet(Map.of(
            ReportFormat.CURRENT_2021, Forms.current2021(),
            ReportFormat.TRIAL_2019, Forms.trial2019(),
            ReportFormat.LEGACY_2008, Forms.legacyStatistics()));

    private final Map<ReportFormat, FormDefinition> forms;

    private FormSet(Map<ReportFormat, FormDefinition> forms) {
        EnumMap<ReportFormat, FormDefinition> copy = new EnumMap<>(ReportFormat.class);
        copy.putAll(forms);
        this.forms = copy;
    }

    /**
     * The three national forms.
     *
     * @return the set of the built-in forms
     */
    public static FormSet standard() {
        return STANDARD;
    }

    /**
     * A set like this one in which {@code form} replaces the form of its format (this set is unchanged).
     *
     * @param form a provincial variant or another form
     * @return the new set
     */
    public FormSet withForm(FormDefinition form) {
        Objects.requireNonNull(form, "form");
        EnumMap<ReportFormat, FormDefinition> copy = new EnumMap<>(forms);
        copy.put(form.format(), form);
        return new FormSet(copy);
    }

    /**
     * The form this set uses for the format.
     *
     * @param format a report format
     * @return its form in this set
     */
    public FormDefinition form(ReportFormat format) {
        return forms.get(Objects.requireNonNull(format, "format"));
    }

    /**
     * The forms a table of this format may be printed in: this set's form first, then the bundled provincial
     * variants of the format ({@link Forms#bundled}) it does not already hold. A legacy statistics table is read
     * with the one it matches best; which one that was is recorded in the report.
     *
     * @param format a report format
     * @return this set's form and the other bundled forms of the format
     */
    public List<FormDefinition> family(ReportFormat format) {
        FormDefinition own = form(format);
        List<FormDefinition> out = new java.util.ArrayList<>(List.of(own));
        Forms.bundled(format).stream().filter(v -> !v.name().equals(own.name())).forEach(out::add);
        if (own != Forms.national(format)) {
            out.add(Forms.national(format));
        }
        return List.copyOf(out);
    }

    /**
     * The form a saved report names by name (our JSON and exported workbooks record the form's name): this set's
     * form of the format when the name is empty or is that form's name, else the national form or a bundled
     * variant of that name and format. Empty when the name is a form this set cannot supply — the caller says so
     * (a read note) rather than silently using another form.
     *
     * @param format   the saved report's format
     * @param formName the name it records, may be empty
     * @return the form, if this set can supply it
     */
    public Optional<FormDefinition> resolve(ReportFormat format, String formName) {
        FormDefinition own = form(format);
        if (formName == null || formName.isEmpty() || own.name().equals(formName)) {
            return Optional.of(own);
        }
        FormDefinition national = Forms.national(format);
        if (national.name().equals(formName)) {
            return Optional.of(national);
        }
        return Forms.bundledVariant(formName).filter(v -> v.format() == format);
    }

    /**
     * Whether this set uses only the national forms.
     *
     * @return true for {@link #standard()} and sets equal to it
     */
    public boolean isStandard() {
        return forms.entrySet().stream().allMatch(e -> e.getValue() == Forms.national(e.getKey()));
    }

    @Override
    public String toString() {
        return "FormSet" + forms.values().stream().map(FormDefinition::name).toList();
    }
}
