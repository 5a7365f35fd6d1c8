package london.sanctuary.workspace.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter reads and writes the feedback service's JSON as the service has it (its README and views). */
class FeedbackResponseBookTests {

    static final String BASE = "http://feedback/api/boroughs/newham";
    static final String ID = "0b8e4f7a-2c1d-4e5f-9a6b-7c8d9e0f1a2b";

    MockRestServiceServer server;
    FeedbackResponseBook book;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://feedback");
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        book = new FeedbackResponseBook(() -> client);
    }

    @Test
    void theFilteredResponsesAreAskedWithTheGivenFiltersOnlyAndReadWithTheirMarkedTranslations() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("theme", "food");
        filters.put("from", "2026-11-01");
        filters.put("language", "");
        server.expect(requestTo(BASE + "/responses?from=2026-11-01&theme=food"))
                .andRespond(withSuccess("""
                [{"responseId": "%s", "formId": "f1", "language": "ti", "captureMethod": "PAPER",
                  "submittedAt": "2026-11-30T10:00:00Z", "answeredOn": "2026-11-23", "linked": false,
                  "participantRef": null, "answers": {"q1": ["ዝሑል ክፍሊ"], "q2": ["1"]}, "themes": ["food"],
                  "translations": {"q1": {"language": "en", "text": "The room is cold", "translation": true,
                    "translatedAt": "2026-11-30T10:05:00Z"}}}]""".formatted(ID), MediaType.APPLICATION_JSON));

        List<ResponseBook.FeedbackResponse> found = book.find("newham", filters);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.answeredOn()).isEqualTo("2026-11-23");
            assertThat(r.answers().get("q1")).containsExactly("ዝሑል ክፍሊ");
            assertThat(r.translations().get("q1").text()).isEqualTo("The room is cold");
        });
    }

    @Test
    void theSelectedAreThemedInOneRequest() {
        server.expect(requestTo(BASE + "/responses/themes"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content()
                        .json("{\"responseIds\": [\"" + ID + "\"], \"themes\": [\"food\", \"housing\"]}", true))
                .andRespond(withSuccess("{\"responses\": []}", MediaType.APPLICATION_JSON));

        book.themeAll("newham", List.of(ID), List.of("food", "housing"));

        server.verify();
    }

    @Test
    void aTranslationIsPutForTheQuestionAndAFormIsReadWithItsQuestionsAndChoices() {
        server.expect(requestTo(BASE + "/responses/" + ID + "/translations/q1"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"language\": \"en\", \"text\": \"The room is cold\"}", true))
                .andRespond(withSuccess());
        server.expect(requestTo(BASE + "/forms/f1")).andRespond(withSuccess("""
                {"formId": "f1", "borough": "newham", "code": "7KX9PQ3M", "standing": true, "languages": ["en", "ti"],
                 "title": {"en": "Open house", "ti": "ክፉት ገዛ"}, "publishedAt": "2026-11-20T10:00:00Z", "version": 0,
                 "questions": [{"id": "q2", "type": "SINGLE_CHOICE", "required": true, "text": {"en": "Welcome?"},
                   "choices": [{"code": "1", "text": {"en": "Yes", "ti": "እወ"}}]}]}""", MediaType.APPLICATION_JSON));

        book.translate("newham", ID, "q1", "en", "The room is cold");
        ResponseBook.FeedbackForm form = book.form("newham", "f1");

        server.verify();
        assertThat(form.englishTitle()).isEqualTo("Open house");
        assertThat(form.questions().get(0).choiceLabel("1")).isEqualTo("Yes");
        assertThat(form.questions().get(0).textIn("ti")).isEqualTo("Welcome?");
    }
}
