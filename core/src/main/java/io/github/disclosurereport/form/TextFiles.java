package io.github.disclosurereport.form;

import io.github.disclosurereport.text.StrictDecoding;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a data file saved by a person on any system: a byte-order mark (UTF-8, or Notepad's "Unicode" UTF-16)
 * says the encoding; without one, UTF-8, else GBK/GB18030 (what Chinese Windows editors save as "ANSI").
 */
final class TextFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextFiles() {
    }

    /**
     * The text of the bytes. Without a byte-order mark UTF-8 is tried first and strictly: GBK text is almost never
     * valid UTF-8, while UTF-8 text often is valid GB18030, so the order decides correctly.
     */
    static String decode(String name, byte[] content) {
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get()) {
            String marked = in.getBOMCharsetName();
            byte[] text = in.readAllBytes();
            if (marked != null) {
                return StrictDecoding.decode(text, Charset.forName(marked));
            }
            try {
                return StrictDecoding.decode(text, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                return StrictDecoding.decode(text, GB18030);
            }
        } catch (CharacterCodingException neither) {
            throw new FormDefinitionException(name + ": 文件既不是 UTF-8 也不是 GBK 编码，请用记事本“另存为” UTF-8 / "
                    + "the file is neither UTF-8 nor GBK text; save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    /** The text without a leading byte-order mark, as a Reader of a marked file still delivers it. */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
