package london.sanctuary.feedback.paper.web;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded Noto fonts of one document, and text drawn with them: each character in a font that has it
 * (Arabic script in Noto Sans Arabic, Ethiopic in Noto Sans Ethiopic, the rest in Noto Sans), Arabic letters in
 * their joined forms, each line in visual order (right to left where the paragraph is). Lines are wrapped by words.
 */
final class PaperFonts {

    private static final String[] FILES = {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"};
    private final List<PDType0Font> fonts = new ArrayList<>();

    PaperFonts(PDDocument document) {
        for (String file : FILES) {
            try (InputStream in = PaperFonts.class.getResourceAsStream("/fonts/noto/" + file + ".ttf")) {
                fonts.add(PDType0Font.load(document, in, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A run of text in one font. */
    private record Run(PDType0Font font, String text) {}

    /** The width of {@code text} (one line, logical order) at {@code size}. */
    float width(String text, float size, boolean rtl) {
        float width = 0;
        for (Run run : runs(visual(text, rtl))) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** {@code text} cut into lines no wider than {@code width}, by words (a word longer than a line stands alone). */
    List<String> wrap(String text, float size, float width, boolean rtl) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, size, rtl) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws one line with its left end at {@code x}. */
    void draw(PDPageContentStream page, String text, float size, float x, float y, boolean rtl) throws IOException {
        float at = x;
        for (Run run : runs(visual(text, rtl))) {
            page.beginText();
            page.setFont(run.font(), size);
            page.newLineAtOffset(at, y);
            page.showText(run.text());
            page.endText();
            at += run.font().getStringWidth(run.text()) / 1000 * size;
        }
    }

    /** Arabic letters in their joined forms, then the line in the order it is seen, left to right. */
    private static String visual(String text, boolean rtl) {
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text;
        }
        Bidi bidi = new Bidi(shaped, rtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    /** Consecutive characters drawn with the same font; a character no font has becomes "?". */
    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = new String(Character.toChars(codePoint));
            PDType0Font font = fontFor(codePoint, current);
            if (font == null) {
                character = "?";
                font = fonts.get(0);
            }
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.append(character);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /** The font of the current run when it has the character (spaces, digits, punctuation stay in their run). */
    private PDType0Font fontFor(int codePoint, PDType0Font current) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        if (neutral && current != null && has(current, codePoint)) {
            return current;
        }
        PDType0Font preferred = switch (script) {
            case ARABIC -> fonts.get(1);
            case ETHIOPIC -> fonts.get(2);
            default -> fonts.get(0);
        };
        if (has(preferred, codePoint)) {
            return preferred;
        }
        return fonts.stream().filter(f -> has(f, codePoint)).findFirst().orElse(null);
    }

    private static boolean has(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
