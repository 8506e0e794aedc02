package org.liaison.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The encoding of a spreadsheet as a Chinese office saves it: UTF-8 with or without a byte-order mark
 * (Excel's "CSV UTF-8", WPS), UTF-16 with a mark, or GB18030/GBK (Excel's plain "CSV" on a Chinese
 * Windows). Without a mark, the first 64 KB decide: valid UTF-8 is UTF-8, anything else GB18030, a
 * superset of GBK and GB2312. Decoding is strict, so a wrong guess is an error, never silent mojibake.
 */
final class SheetCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 64 * 1024;

    /** A reader over the sheet's text, with the encoding it was read in. */
    record Opened(Reader reader, Charset charset) {
    }

    private SheetCharset() {
    }

    /** The charset a client named, or empty when it named none; IllegalArgumentException for an unknown name. */
    static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            String cleaned = name.strip();
            // GBK and GB2312 files are GB18030 files: read them with the superset so no character is lost
            return Optional.of(cleaned.equalsIgnoreCase("GBK") || cleaned.equalsIgnoreCase("GB2312")
                    ? GB18030 : Charset.forName(cleaned));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown charset: " + name);
        }
    }

    static Opened open(InputStream body, Optional<Charset> requested) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, SNIFF);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset charset;
        int mark = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            mark = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else {
            charset = isUtf8(head) ? StandardCharsets.UTF_8 : GB18030;
        }
        if (requested.isPresent()) {
            charset = requested.get();
            mark = requested.get().equals(StandardCharsets.UTF_8) && startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        }
        in.skipNBytes(mark);
        return new Opened(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), charset);
    }

    /** Whether the bytes are UTF-8, allowing a character cut off at the end of the sniffed prefix. */
    static boolean isUtf8(byte[] head) {
        int end = head.length;
        // back off an incomplete sequence at the very end of the sample
        for (int i = Math.max(0, end - 3); i < end; i++) {
            int b = head[i] & 0xFF;
            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (length > 1 && i + length > end && head.length == SNIFF) {
                end = i;
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
