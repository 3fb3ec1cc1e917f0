package io.github.disclosurereport.form;


import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which form each report format is read, validated and written with. Immutable: start from {@link #standard()}
 * and replace a format's form by a provincial variant with {@link #withForm}; hand the set to
 * {@code ReportReader.withForms}, {@code Validator.withForms} and the exporter. No global state: two readers with
 * different sets can run side by side.
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

    /** The three built-in forms. */
    public static FormSet standard() {
        return STANDARD;
    }

    /** A set like this one in which {@code form} replaces the form of its format (this set is unchanged). */
    public FormSet withForm(FormDefinition form) {
        Objects.requireNonNull(form, "form");
        EnumMap<ReportFormat, FormDefinition> copy = new EnumMap<>(forms);
        copy.put(form.format(), form);
        return new FormSet(copy);
    }

    /** The form this set uses for the format. */
    public FormDefinition form(ReportFormat format) {
        return forms.get(Objects.requireNonNull(format, "format"));
    }

    /**
     * The form a report names (the form it was read with, {@code Report.SourceInfo.form()}): this set's form of the
     * format when the name is empty or is that form's; else the built-in or bundled variant of that name and format;
     * else, a form this set cannot supply, this set's form of the format.
     */
    public FormDefinition form(ReportFormat format, String formName) {
        FormDefinition own = form(format);
        if (formName == null || formName.isEmpty() || own.name().equals(formName)) {
            return own;
        }
        FormDefinition builtIn = Forms.forFormat(format);
        if (builtIn.name().equals(formName)) {
            return builtIn;
        }
        return Forms.bundledVariant(formName).filter(v -> v.format() == format).orElse(own);
    }

    /** Whether this set uses only the built-in forms. */
    public boolean isStandard() {
        return forms.entrySet().stream().allMatch(e -> e.getValue() == Forms.forFormat(e.getKey()));
    }

    /** The form of this set that has this name, if any. */
    public Optional<FormDefinition> named(String formName) {
        return forms.values().stream().filter(f -> f.name().equals(formName)).findFirst();
    }

    @Override
    public String toString() {
        return "FormSet" + forms.values().stream().map(FormDefinition::name).toList();
    }
}
