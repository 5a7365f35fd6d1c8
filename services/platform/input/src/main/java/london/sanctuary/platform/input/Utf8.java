package london.sanctuary.platform.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict UTF-8: overlong forms ({@code C0 AF} for {@code /}), lone surrogates, code points past U+10FFFF and stray
 * bytes are refused, where Jackson's byte reader and {@code URLDecoder} would pass or replace them.
 */
final class Utf8 {

    /** The bytes are not UTF-8, or a form's percent escape is broken. */
    static final class Malformed extends Exception {
        Malformed() {
            super("not UTF-8", null, false, false);
        }
    }

    private Utf8() {}

    static String decode(byte[] bytes) throws Malformed {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Malformed();
        }
    }

    /** An {@code application/x-www-form-urlencoded} text (a body or a query string) as names to values, strictly. */
    static Map<String, List<String>> form(String encoded) throws Malformed {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String unescape(String text) throws Malformed {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new Malformed();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new Malformed();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                int point = text.codePointAt(i);
                bytes.writeBytes(Character.toString(point).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(point) - 1;
            }
        }
        return decode(bytes.toByteArray());
    }
}
