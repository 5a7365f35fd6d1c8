package london.sanctuary.workspace.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.workspace.directory.LocalDirectory.DirectoryService;
import london.sanctuary.workspace.directory.LocalDirectory.LastDirectoryImport;
import london.sanctuary.workspace.directory.LocalDirectory.Offered;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter reads and sends the referrals service's directory JSON as the service has it. */
class ReferralsDirectoryTests {

    static final String BASE = "http://referrals/api/boroughs/newham/directory";
    static final String SERVICE = """
            {"id": "newham-esol", "name": "Newham College ESOL", "organisation": "Newham College",
             "description": "Classes", "taxonomy": ["ESOL"], "supportKinds": ["ESOL"],
             "languages": [{"tag": "fa", "englishName": "Farsi", "autonym": "فارسی"}],
             "area": "Stratford", "url": "https://example.org", "phone": "020 0000 0000"}""";
    static final byte[] EXPORT = "{\"content\": []}".getBytes(StandardCharsets.UTF_8);

    MockRestServiceServer server;
    ReferralsDirectory directory;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://referrals")
                .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw new ServiceRefusal(
                            "referrals", response.getStatusCode().value(), Optional.empty(), "Refused");
                });
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        directory = new ReferralsDirectory(() -> client);
    }

    @Test
    void theServicesAreReadWithTheirKindsAndLanguages() {
        server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("[" + SERVICE + "]", MediaType.APPLICATION_JSON));

        assertThat(directory.services("newham"))
                .containsExactly(new DirectoryService(
                        "newham-esol",
                        "Newham College ESOL",
                        "Newham College",
                        List.of("ESOL"),
                        List.of(new Offered("fa", "Farsi", "فارسی")),
                        "Stratford"));
    }

    @Test
    void theLastImportIsReadAndADirectoryNeverImportedIsNone() {
        server.expect(requestTo(BASE + "/import"))
                .andRespond(withSuccess(
                        "{\"at\": \"2026-12-05T10:00:00Z\", \"by\": \"service-lead\", \"services\": 14}",
                        MediaType.APPLICATION_JSON));
        server.expect(requestTo(BASE + "/import")).andRespond(withStatus(HttpStatus.NOT_FOUND));

        assertThat(directory.lastImport("newham"))
                .contains(new LastDirectoryImport(Instant.parse("2026-12-05T10:00:00Z"), "service-lead", 14));
        assertThat(directory.lastImport("newham")).isEmpty();
    }

    @Test
    void aPreviewAndAnImportSendTheFileAsJsonAndReadTheAnswer() {
        server.expect(requestTo(BASE + "/preview"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().bytes(EXPORT))
                .andRespond(withSuccess(
                        "{\"services\": [" + SERVICE + "], \"notActive\": 1, \"contactsLeftOut\": 3}",
                        MediaType.APPLICATION_JSON));
        server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().bytes(EXPORT))
                .andRespond(withSuccess("{\"services\": 14}", MediaType.APPLICATION_JSON));

        LocalDirectory.ImportPreview preview = directory.preview("newham", EXPORT);
        assertThat(preview.services()).extracting(DirectoryService::name).containsExactly("Newham College ESOL");
        assertThat(preview.notActive()).isEqualTo(1);
        assertThat(preview.contactsLeftOut()).isEqualTo(3);
        assertThat(directory.importExport("newham", EXPORT)).isEqualTo(14);
    }

    @Test
    void aRefusedExportIsTheServicesRefusal() {
        server.expect(requestTo(BASE + "/preview")).andRespond(withStatus(HttpStatus.BAD_REQUEST));

        assertThatThrownBy(() -> directory.preview("newham", EXPORT))
                .isInstanceOf(ServiceRefusal.class)
                .extracting(e -> ((ServiceRefusal) e).status())
                .isEqualTo(400);
    }
}
