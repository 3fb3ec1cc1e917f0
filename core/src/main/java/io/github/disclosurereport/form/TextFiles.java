package io.github.disclosurereport.form;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a data file saved by a person: UTF-8 with or without a byte-order mark, or GBK/GB18030. */
final class TextFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextFiles() {
    }

    /**
     * The text of the bytes. UTF-8 is tried first and strictly: GBK text is almost never valid UTF-8, while
     * UTF-8 text often is valid GB18030, so the order decides correctly.
     */
    static String decode(String name, byte[] content) {
        try {
            return withoutBom(strict(StandardCharsets.UTF_8, content));
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030, content);
            } catch (CharacterCodingException neither) {
                throw new FormDefinitionException(name + ": 文件既不是 UTF-8 也不是 GBK 编码，请用记事本“另存为” UTF-8 / "
                        + "the file is neither UTF-8 nor GBK text; save it as UTF-8");
            }
        }
    }

    /** The text without a leading byte-order mark (Notepad's "UTF-8 with BOM"). */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }
}
