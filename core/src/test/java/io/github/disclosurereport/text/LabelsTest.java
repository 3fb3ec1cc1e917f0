package io.github.disclosurereport.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanning keys equal the regular-expression keys they replaced, and a few labels key as offices expect. */
class LabelsTest {

    /** The implementation before the character scan, kept as the reference. */
    private static final class Reference {
        static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
        static final Pattern PUNCT = Pattern.compile("[()\\[\\]【】〔〕、,，.。:：;；\"'“”‘’《》〈〉<>·・/\\\\\\-—–_~～*＊?？!！]");
        static final Pattern NUMBERING = Pattern.compile(
                "^(?:[(（]?[一二三四五六七八九十百〇零]+[)）]?[、.．]?|[(（]?\\d{1,3}[)）]?[、.．]|[①-⑳])");

        static String key(String label) {
            return PUNCT.matcher(compact(label)).replaceAll("");
        }

        static String keyWithoutNumbering(String label) {
            return key(NUMBERING.matcher(compact(label)).replaceFirst(""));
        }

        static String compact(String label) {
            String s = SPACE.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
            if (s.startsWith("其中")) {
                s = s.substring(2);
                s = s.startsWith(":") ? s.substring(1) : s;
            }
            return s;
        }
    }

    @Property(tries = 3000)
    void keysEqualTheRegularExpressionKeys(@ForAll("labels") String label) {
        assertThat(Labels.key(label)).isEqualTo(Reference.key(label));
        assertThat(Labels.keyWithoutNumbering(label)).isEqualTo(Reference.keyWithoutNumbering(label));
    }

    @Property(tries = 2000)
    void cleanCollapsesWhiteSpaceAsTheExpressionDid(@ForAll("labels") String label) {
        assertThat(Labels.clean(label)).isEqualTo(Reference.SPACE.matcher(label).replaceAll(" ").strip());
    }

    @Provide
    Arbitrary<String> labels() {
        // the characters labels are made of, and every character the keys treat specially
        String alphabet = "其中主动公开申请一二三四五六七八九十百〇零0123456789①⑤⑳ 　\u00a0\u200b\ufeff\t\n"
                + "()（）[]【】〔〕、,，.。．:：;；\"'“”‘’《》〈〉<>·・/\\-—–_~～*＊?？!！ａＢ１";
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(14);
    }

    @Test
    void officeTypingKeysAlike() {
        assertThat(Labels.keyWithoutNumbering("（一）　行政许可 ")).isEqualTo("行政许可");
        assertThat(Labels.keyWithoutNumbering("1.其中：政府网站")).isEqualTo("政府网站");
        assertThat(Labels.key("（一）行政许可")).isEqualTo("一行政许可");
        assertThat(Labels.key("其中：“三公”经费")).isEqualTo("三公经费");
        // NFKC turns ② into 2 before the numbering is looked for, so a circled number stays in the key
        assertThat(Labels.keyWithoutNumbering("②不予公开")).isEqualTo("2不予公开");
    }
}
