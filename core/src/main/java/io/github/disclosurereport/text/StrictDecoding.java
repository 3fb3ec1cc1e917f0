package io.github.disclosurereport.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Bytes decoded strictly: a malformed or unmappable sequence is a failure, never a replacement character. How a
 * reader tells which of the encodings an office might have saved in (UTF-8, GBK/GB18030) a file really is in.
 */
public final class StrictDecoding {

    private StrictDecoding() {
    }

    /**
     * The text of the bytes in the charset.
     *
     * @param content the bytes
     * @param charset the charset to decode with
     * @return the text
     * @throws CharacterCodingException when the bytes are not valid text in the charset
     */
    public static String decode(byte[] content, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }

    /**
     * Whether the bytes are valid text in the charset.
     *
     * @param content the bytes
     * @param charset the charset's name; an unknown name decodes nothing
     * @return true when {@link #decode} would succeed
     */
    public static boolean decodes(byte[] content, String charset) {
        try {
            decode(content, Charset.forName(charset));
            return true;
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }
}
