package io.github.disclosurereport.validate.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalised text and its map back to the print, with the normaliser skipped for characters it leaves alone. */
class ProseTest {

    /** Every character through the normaliser, as before the shortcut. */
    private static Prose reference(String original) {
        StringBuilder sb = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int len = Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                String norm = Normalizer.normalize(original.substring(i, i + len), Normalizer.Form.NFKC);
                for (int k = 0; k < norm.length(); k++) {
                    map.add(i);
                    sb.append(norm.charAt(k));
                }
            }
            i += len;
        }
        return new Prose(sb.toString(), original, map.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 2000)
    void sameAsNormalisingEveryCharacter(@ForAll("texts") String text) {
        Prose fast = Prose.of(text);
        Prose slow = reference(text);
        assertThat(fast.text()).isEqualTo(slow.text());
        assertThat(fast.at()).containsExactly(slow.at());
    }

    @Provide
    Arbitrary<String> texts() {
        // ideographs, ASCII, full-width forms, compatibility ideographs, circled digits, combining marks, spaces
        String alphabet = "收到申请共件条主动公开政府信息年度报告（）〔〕【】：；。，、１２３ＡＢ0123456789abc%.-"
                + "\u3000 \t\n\u00a0\u200b\uf900\ufa0b①⑳\u0301\u2160\u00bd\ufe30";
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(30);
    }

    @Test
    void quotesThePrintedWordsOfANormalisedMatch() {
        Prose p = Prose.of("共收到申请（１２）件。");
        int at = p.text().indexOf("(12)");
        assertThat(at).isEqualTo(5);
        assertThat(p.quote(at, at + 4)).isEqualTo("（１２）");
    }
}
