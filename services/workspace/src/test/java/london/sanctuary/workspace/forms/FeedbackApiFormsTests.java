package london.sanctuary.workspace.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter reads and writes the feedback service's JSON as the service has it (its README's FormView). */
class FeedbackApiFormsTests {

    static final String FORM = "4d2a8f6c-1e9b-4b73-9c05-7a3e1d8f2b64";
    static final String BASE = "http://feedback/api/boroughs/newham/forms";

    MockRestServiceServer server;
    FeedbackApiForms forms;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://feedback");
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        forms = new FeedbackApiForms(service -> client);
    }

    @Test
    void aFormIsReadWithItsStatusLanguagesQuestionsAndVersion() {
        // given
        server.expect(requestTo(BASE + "/" + FORM))
                .andRespond(withSuccess("""
                {"formId": "%s", "borough": "newham", "code": "7KX9PQ3M", "status": "OPEN",
                 "seriesId": "0f3c9e2a-7b14-4d6e-8a59-c1d2e3f4a5b6", "standing": false, "languages": ["en", "ti"],
                 "title": {"en": "Tell us", "ti": "ንገሩና"},
                 "questions": [{"id": "q1", "type": "SINGLE_CHOICE", "required": true,
                   "text": {"en": "Welcome?", "ti": "እንቋዕ?"},
                   "choices": [{"code": "1", "text": {"en": "Yes"}}, {"code": "2", "text": {"en": "No"}}]}],
                 "createdAt": "2026-11-30T10:00:00Z", "publishedAt": "2026-11-30T10:15:00Z",
                 "publicUrl": "http://localhost:8083/public/f/7KX9PQ3M",
                 "qrCodeUrl": "http://localhost:8083/public/f/7KX9PQ3M/qr.png", "version": 2}""".formatted(FORM), MediaType.APPLICATION_JSON));

        // when
        FormDetails form = forms.find("newham", FORM);

        // then
        assertThat(form.status()).isEqualTo("OPEN");
        assertThat(form.seriesId()).isEqualTo("0f3c9e2a-7b14-4d6e-8a59-c1d2e3f4a5b6");
        assertThat(form.languages()).containsExactly("en", "ti");
        assertThat(form.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo("SINGLE_CHOICE");
            assertThat(q.choices()).extracting(FormDetails.ChoiceDetails::code).containsExactly("1", "2");
        });
        assertThat(form.version()).isEqualTo(2);
    }

    @Test
    void aRevisionCarriesTheVersionReadAsIfMatchAndAChangeIsAPostToItsName() {
        // given
        server.expect(requestTo(BASE + "/" + FORM))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header("If-Match", "\"2\""))
                .andExpect(content().json("{\"title\": {\"en\": \"New\"}}"))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        server.expect(requestTo(BASE + "/" + FORM + "/closing"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        server.expect(requestTo(BASE + "/" + FORM + "/paper.pdf?lang=ti"))
                .andRespond(withSuccess(new byte[] {'%', 'P', 'D', 'F'}, MediaType.APPLICATION_PDF));

        // when
        forms.revise("newham", FORM, Map.of("title", Map.of("en", "New"), "questions", List.of()), 2);
        forms.change("newham", FORM, "closing");
        byte[] pdf = forms.paper("newham", FORM, "ti");

        // then
        server.verify();
        assertThat(pdf).startsWith('%', 'P', 'D', 'F');
    }
}
