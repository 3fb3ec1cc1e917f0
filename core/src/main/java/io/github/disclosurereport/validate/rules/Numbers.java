package io.github.disclosurereport.validate.rules;

import java.math.BigDecimal;
import java.util.Collection;

/** Small helpers for numbers in messages and sums. */
final class Numbers {

    private Numbers() {
    }

    /** 12, 14722.49 — no exponent, no trailing zeros. */
    static String fmt(BigDecimal v) {
        if (v == null) {
            return "空白";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
