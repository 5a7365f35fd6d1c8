package london.sanctuary.feedback.export;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.response.ResponseFixtures.DOES_NOT_HOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.SubmitResponse;
import org.junit.jupiter.api.Test;

class ResponsesCsvTests {

    final Form form = published();
    final ResponsesCsv csv = new ResponsesCsv(new SmallNumbers(8));

    @Test
    void countsFromOneToSevenAreShownAsLessThanEightAndZeroAndEightAsThemselves() {
        SmallNumbers rule = new SmallNumbers(8);

        assertThat(rule.show(0)).isEqualTo("0");
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7))
                .allSatisfy(n -> assertThat(rule.show(n)).isEqualTo("<8"));
        assertThat(rule.show(8)).isEqualTo("8");
        assertThat(rule.show(120)).isEqualTo("120");
    }

    @Test
    void theExportSuppressesSmallCountsOfChoicesScalePointsLanguagesAndTheTotal() {
        // given: 8 said yes in Arabic, 3 said no in Dari
        List<Response> responses = new ArrayList<>();
        responses.addAll(answers(8, "ar", "1", "5"));
        responses.addAll(answers(3, "prs", "2", "1"));

        // when
        String export = csv.write(form, responses, false);

        // then
        assertThat(export.split("\r\n"))
                .startsWith(ResponsesCsv.HEADER, "total,,,,11")
                .contains(
                        "language,,,ar,8",
                        "language,,,prs,<8",
                        "capture_method,,,ONLINE,11",
                        "choice,q2,Did you feel welcome?,Yes,8",
                        "choice,q2,Did you feel welcome?,No,<8",
                        "choice,q3,What did you use?,Food,0",
                        "scale,q4,How was the day?,5,8",
                        "scale,q4,How was the day?,1,<8",
                        "scale,q4,How was the day?,3,0");
    }

    @Test
    void freeTextAnswersAreIncludedOnlyForOfficersAndNeverRunAsFormulas() {
        // given
        List<Response> responses = List.of(
                response("ar", "1", "1", "=HYPERLINK(\"http://x\")"), response("ar", "1", "1", "Hot food, please"));

        // when
        String forOfficers = csv.write(form, responses, true);
        String forOthers = csv.write(form, responses, false);

        // then
        assertThat(forOfficers)
                .contains("free_text,q1,What should we change?,\"'=HYPERLINK(\"\"http://x\"\")\",")
                .contains("free_text,q1,What should we change?,\"Hot food, please\",");
        assertThat(forOthers).doesNotContain("free_text", "Hot food");
    }

    private List<Response> answers(int count, String language, String welcome, String scale) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(response(language, welcome, scale, "Answer " + i));
        }
        return responses;
    }

    private Response response(String language, String welcome, String scale, String text) {
        return Response.submit(
                SubmitResponse.online(
                        Language.of(language),
                        Map.of("q1", List.of(text), "q2", List.of(welcome), "q4", List.of(scale))),
                form,
                DOES_NOT_HOLD,
                clockAt(NOW));
    }
}
