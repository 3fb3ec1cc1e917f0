package io.github.disclosurereport.validate;

/** How bad a finding is (rules.md: E, W, I). */
public enum Severity {
    /** The report is wrong. */
    ERROR("错误"),
    /** Probably wrong, or needs an explanation. */
    WARNING("警告"),
    /** For information. */
    INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /** {@return the word a clerk reads in messages and the 校验结果 sheet: 错误, 警告 or 提示} */
    public String chinese() {
        return chinese;
    }
}
