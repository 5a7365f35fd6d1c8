package london.sanctuary.feedback.paper.web;

import static london.sanctuary.feedback.form.FormFixtures.NEWHAM;
import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormCode;
import london.sanctuary.feedback.form.LocalisedText;
import london.sanctuary.feedback.form.PublishForm;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.platform.test.ScannedQr;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PaperFormPdfTests {

    private static final String URL = "https://feedback.newham.example/public/f/7KX9PQ3M";

    @Test
    void theTigrinyaPaperCarriesTheCodeTheQuestionsInTigrinyaAndAQrCodeOfThePublicAddress() throws IOException {
        // given
        Form form = form();

        // when
        byte[] pdf = PaperFormPdf.of(form, Language.of("ti"), URL + "?lang=ti", wording("ti"));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("7KX9PQ3M", "ምስ ኣገልግሎትና ከመይ ጸኒሑካ?", "ሓደ ሳጹን", "ጽቡቕ");
            assertThat(ScannedQr.text(qrCode(document.getPage(0)))).isEqualTo(URL + "?lang=ti");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("ሓሳብካ ንገረና");
        }
    }

    @Test
    void theArabicPaperReadsBackInArabicRightToLeftWithTheCodeOnIt() throws IOException {
        // when
        byte[] pdf = PaperFormPdf.of(form(), Language.of("ar"), URL + "?lang=ar", wording("ar"));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("7KX9PQ3M", "كيف كانت خدماتنا؟", "جيد", "رمز النموذج");
        }
    }

    @Test
    void aLongFormRunsOntoMorePagesEachWithTheFormsCode() throws IOException {
        // given
        List<Question> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> Question.of(i, QuestionType.FREE_TEXT, false, Map.of("en", "Question " + i), null))
                .toList();
        Form form = Form.publish(
                new PublishForm(NEWHAM, null, LocalisedText.of("title", Map.of("en", "Long")), many),
                new FormCode("7KX9PQ3M"),
                clockAt(NOW));

        // when
        byte[] pdf = PaperFormPdf.of(form, Language.of("en"), URL, wording("en"));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Form code: 7KX9PQ3M");
            }
            assertThat(text(document)).contains("Question 29");
        }
    }

    private static Form form() {
        return Form.publish(
                new PublishForm(
                        NEWHAM,
                        null,
                        LocalisedText.of("title", Map.of("en", "Tell us", "ti", "ሓሳብካ ንገረና", "ar", "أخبرنا")),
                        List.of(
                                Question.of(
                                        0,
                                        QuestionType.SINGLE_CHOICE,
                                        true,
                                        Map.of(
                                                "en", "How was our service?",
                                                "ti", "ምስ ኣገልግሎትና ከመይ ጸኒሑካ?",
                                                "ar", "كيف كانت خدماتنا؟"),
                                        List.of(
                                                Map.of("en", "Good", "ti", "ጽቡቕ", "ar", "جيد"),
                                                Map.of("en", "Bad", "ti", "ሕማቕ", "ar", "سيئ"))),
                                Question.of(1, QuestionType.FREE_TEXT, false, Map.of("en", "What else?"), null),
                                Question.of(2, QuestionType.SCALE_1_5, false, Map.of("en", "Rate the day"), null),
                                Question.of(
                                        3,
                                        QuestionType.MULTIPLE_CHOICE,
                                        false,
                                        Map.of("en", "What did you use?"),
                                        List.of(Map.of("en", "Food"), Map.of("en", "Advice"))))),
                new FormCode("7KX9PQ3M"),
                clockAt(NOW));
    }

    /** The service's own wording bundles, as the controller reads them. */
    private static java.util.function.Function<String, String> wording(String tag) {
        ResourceBundle bundle = ResourceBundle.getBundle("feedback/messages", java.util.Locale.forLanguageTag(tag));
        return bundle::getString;
    }

    /** The text as a reader copies it: Arabic presentation forms back to letters. */
    private static String text(PDDocument document) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }

    private static byte[] qrCode(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image.getImage(), "png", png);
                return png.toByteArray();
            }
        }
        throw new AssertionError("No image on the page");
    }
}
