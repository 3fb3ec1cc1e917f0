package io.github.disclosurereport.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict decoding web pages and form files are told apart by: the corpus page saved in UTF-8 and in GB18030. */
class StrictDecodingTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void aPageDecodesOnlyInTheCharsetItWasSavedIn() throws Exception {
        byte[] utf8 = Files.readAllBytes(CORPUS.resolve("jinhu2023.html"));
        byte[] gb = Files.readAllBytes(CORPUS.resolve("jinhu2023.gb18030.html"));
        assertThat(StrictDecoding.decodes(utf8, "UTF-8")).isTrue();
        assertThat(StrictDecoding.decodes(gb, "UTF-8")).isFalse();
        assertThat(StrictDecoding.decodes(gb, "GB18030")).isTrue();
        assertThat(StrictDecoding.decodes(gb, "no-such-charset")).isFalse();
        assertThat(StrictDecoding.decode(gb, Charset.forName("GB18030"))).contains("金湖县人民政府");
        assertThatThrownBy(() -> StrictDecoding.decode(gb, StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
    }
}
