package london.sanctuary.feedback.export;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.response.ResponseFixtures.DOES_NOT_HOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.SubmitResponse;
import london.sanctuary.platform.disclosure.DisclosureRule;
import org.junit.jupiter.api.Test;

class ResponsesCsvTests {

    final Form form = published();
    final ResponsesCsv csv = new ResponsesCsv(DisclosureRule.STANDARD);

    @Test
    void givenOneToSevenResponsesEveryCountOfThemIsSuppressedAndZerosArePublishedAsThey() {
        for (int n = 1; n <= 7; n++) {
            // given n said yes in Arabic and gave the day a 5
            List<Response> responses = answers(n, "ar", "1", "5");

            // when
            String export = csv.write(form, responses, false);

            // then
            assertThat(export.split("\r\n"))
                    .as("%d responses", n)
                    .contains(
                            "total,,,,[c]",
                            "language,,,ar,[c]",
                            "capture_method,,,ONLINE,[c]",
                            "choice,q2,Did you feel welcome?,Yes,[c]",
                            "choice,q2,Did you feel welcome?,No,0",
                            "scale,q4,How was the day?,5,[c]",
                            "scale,q4,How was the day?,3,0");
        }
        assertThat(csv.write(form, List.of(), false)).contains("total,,,,0\r\n");
    }

    @Test
    void aSmallCountIsSuppressedAndSoIsTheCountThatWouldGiveItBackFromTheTotal() {
        // given: 8 said yes in Arabic, 3 said no in Dari
        List<Response> responses = new ArrayList<>();
        responses.addAll(answers(8, "ar", "1", "5"));
        responses.addAll(answers(3, "prs", "2", "1"));

        // when
        String export = csv.write(form, responses, false);

        // then the total of 11 is published perturbed and rounded (9 to 13: 10 or 15), and the 8s are hidden with
        // the 3s, or the total less 8 would give the 3 away
        List<String> lines = Arrays.asList(export.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(ResponsesCsv.HEADER);
        assertThat(lines.get(1)).isIn("total,,,,10", "total,,,,15");
        String total = lines.get(1).substring("total,,,,".length());
        assertThat(lines)
                .contains(
                        "language,,,ar,[c]",
                        "language,,,prs,[c]",
                        "capture_method,,,ONLINE," + total,
                        "choice,q2,Did you feel welcome?,Yes,[c]",
                        "choice,q2,Did you feel welcome?,No,[c]",
                        "choice,q3,What did you use?,Food,0",
                        "scale,q4,How was the day?,5,[c]",
                        "scale,q4,How was the day?,1,[c]",
                        "scale,q4,How was the day?,3,0");
    }

    @Test
    void everyPublishedCountIsSuppressedZeroOrAMultipleOfFiveFromTenUp() {
        Random random = new Random(14);
        for (int run = 0; run < 40; run++) {
            // given a random mix of languages, answers and scale points
            List<Response> responses = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                responses.add(response(
                        random.nextBoolean() ? "ar" : random.nextBoolean() ? "prs" : "uk",
                        random.nextBoolean() ? "1" : "2",
                        String.valueOf(1 + random.nextInt(5)),
                        "Answer"));
            }

            // when
            String export = csv.write(form, responses, false);

            // then
            assertThat(counts(export))
                    .as(export)
                    .allSatisfy(count -> assertThat(count)
                            .satisfiesAnyOf(
                                    c -> assertThat(c).isIn("[c]", "0"),
                                    c -> assertThat(Long.parseLong(c) >= 10 && Long.parseLong(c) % 5 == 0)
                                            .isTrue()));
        }
    }

    @Test
    void theSameResponsesInAnyOrderExportTheSameFigures() {
        // given
        List<Response> responses = new ArrayList<>(answers(23, "ar", "1", "4"));
        responses.addAll(answers(17, "prs", "2", "2"));
        String first = csv.write(form, responses, false);

        // when
        Collections.shuffle(responses, new Random(27));

        // then
        assertThat(csv.write(form, responses, false)).isEqualTo(first);
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

    private static List<String> counts(String export) {
        return Arrays.stream(export.split("\r\n"))
                .skip(1)
                .map(line -> line.substring(line.lastIndexOf(',') + 1))
                .toList();
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
