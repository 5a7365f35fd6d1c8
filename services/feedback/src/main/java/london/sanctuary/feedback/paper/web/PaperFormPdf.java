package london.sanctuary.feedback.paper.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.platform.pages.QrCodes;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One language's paper version of a form, A4: the title, how to answer, the QR code with the form's code and
 * address, then each question numbered with boxes to tick (one or several, or 1 to 5) or lines to write. Every page
 * ends with the form's code, so loose pages can be matched to their form. Right-to-left languages are mirrored.
 */
final class PaperFormPdf {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float QR = 104;
    private static final float BOX = 11;
    private static final float LINE = 1.45f;

    private final Form form;
    private final Language language;
    private final boolean rtl;
    private final String publicUrl;
    private final Function<String, String> wording;
    private final PDDocument document = new PDDocument();
    private final PaperFonts fonts = new PaperFonts(document);
    private PDPageContentStream page;
    private float y;

    private PaperFormPdf(Form form, Language language, String publicUrl, Function<String, String> wording) {
        this.form = form;
        this.language = language;
        this.rtl = language.rightToLeft();
        this.publicUrl = publicUrl;
        this.wording = wording;
    }

    /** The PDF; {@code wording} gives the page wording (message keys) in {@code language}. */
    static byte[] of(Form form, Language language, String publicUrl, Function<String, String> wording) {
        return new PaperFormPdf(form, language, publicUrl, wording).render();
    }

    private byte[] render() {
        try (document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(form.title().in(language));
            info.setSubject(wording.apply("paper.code") + " " + form.code());
            info.setCreator("Sanctuary Exchange");
            newPage();
            head();
            List<Question> questions = form.questions();
            for (int i = 0; i < questions.size(); i++) {
                question(i + 1, questions.get(i));
            }
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void head() throws IOException {
        float top = y;
        PDImageXObject qr = PDImageXObject.createFromByteArray(document, QrCodes.png(publicUrl), "qr.png");
        page.drawImage(qr, x(0, QR), top - QR, QR, QR);
        float textWidth = WIDTH - QR - 16;
        float textLeft = QR + 16;
        y = top - 18;
        paragraph(form.title().in(language), 18, textLeft, textWidth);
        y -= 4;
        paragraph(wording.apply("page.anonymous"), 10, textLeft, textWidth);
        y -= 4;
        paragraph(wording.apply("paper.online"), 10, textLeft, textWidth);
        paragraph(publicUrl, 10, textLeft, textWidth, false);
        paragraph(wording.apply("paper.code") + ": " + form.code(), 14, textLeft, textWidth);
        y = Math.min(y, top - QR) - 20;
    }

    private void question(int number, Question question) throws IOException {
        float needed = 60 + (question.type().hasChoices() ? question.choices().size() * 18 : 0);
        if (y - needed < MARGIN + 24) {
            newPage();
        }
        String optional = question.required() ? "" : " " + wording.apply("page.optional");
        paragraph(number + ". " + question.text().in(language) + optional, 12, 0, WIDTH);
        String hint = hint(question.type());
        if (hint != null) {
            paragraph(hint, 9, 0, WIDTH);
        }
        y -= 4;
        switch (question.type()) {
            case FREE_TEXT -> writingLines();
            case SCALE_1_5 -> scale();
            default -> choices(question.choices());
        }
        y -= 14;
    }

    private String hint(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> wording.apply("paper.chooseOne");
            case MULTIPLE_CHOICE -> wording.apply("page.selectAll");
            case SCALE_1_5 -> wording.apply("page.scaleHint");
            case FREE_TEXT -> null;
        };
    }

    private void writingLines() throws IOException {
        for (int i = 0; i < 4; i++) {
            y -= 24;
            page.moveTo(MARGIN, y);
            page.lineTo(MARGIN + WIDTH, y);
            page.stroke();
        }
    }

    private void scale() throws IOException {
        y -= BOX + 12;
        for (int point = 1; point <= 5; point++) {
            float left = (point - 1) * 48;
            box(x(left, BOX), y);
            fonts.draw(page, String.valueOf(point), 11, x(left + BOX + 6, 8), y + 1, rtl);
        }
    }

    private void choices(List<Choice> choices) throws IOException {
        for (Choice choice : choices) {
            List<String> lines = fonts.wrap(choice.text().in(language), 11, WIDTH - BOX - 10, rtl);
            y -= 16;
            box(x(0, BOX), y - 1);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= 11 * LINE;
                }
                line(lines.get(i), 11, BOX + 10, WIDTH - BOX - 10, rtl);
            }
        }
    }

    private void box(float left, float bottom) throws IOException {
        page.addRect(left, bottom, BOX, BOX);
        page.stroke();
    }

    private void paragraph(String text, float size, float left, float width) throws IOException {
        paragraph(text, size, left, width, rtl);
    }

    private void paragraph(String text, float size, float left, float width, boolean rightToLeft) throws IOException {
        for (String line : fonts.wrap(text, size, width, rightToLeft)) {
            if (y - size * LINE < MARGIN + 24) {
                newPage();
            }
            y -= size * LINE;
            line(line, size, left, width, rightToLeft);
        }
    }

    /**
     * One line in a column starting {@code left} from the margin: aligned to the column's start, which is its right
     * on a right-to-left page (an address in Latin letters too); {@code rightToLeft} orders the line's own text.
     */
    private void line(String text, float size, float left, float width, boolean rightToLeft) throws IOException {
        float textWidth = fonts.width(text, size, rightToLeft);
        float at = rtl ? x(left, width) + width - textWidth : MARGIN + left;
        fonts.draw(page, text, size, at, y, rightToLeft);
    }

    /** The page's x of a thing {@code width} wide at {@code left} from the start of the line. */
    private float x(float left, float width) {
        return rtl ? MARGIN + WIDTH - left - width : MARGIN + left;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.8f);
        fonts.draw(page, wording.apply("paper.code") + ": " + form.code(), 8, x(0, 120), MARGIN - 16, rtl);
        y = A4.getHeight() - MARGIN;
    }
}
