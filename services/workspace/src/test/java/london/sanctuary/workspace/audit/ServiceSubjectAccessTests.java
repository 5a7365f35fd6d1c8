package london.sanctuary.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter asks each service for its section; the feedback service's refusal of a role becomes "not shown". */
class ServiceSubjectAccessTests {

    static final String REF = "7b0f3c1e-8a51-4d36-9c3e-2f1f5a6b7c8d";
    static final String PERSON = "http://service/api/boroughs/newham/participants/" + REF;

    MockRestServiceServer server;
    ServiceSubjectAccess access;

    @BeforeEach
    void setUp() {
        // as ServiceClients builds each client: a 4xx is a ServiceRefusal
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://service")
                .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw new ServiceRefusal(
                            "feedback", response.getStatusCode().value(), Optional.empty(), "Refused");
                });
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        ServiceClients services = Mockito.mock(ServiceClients.class);
        Mockito.when(services.of(Mockito.anyString())).thenReturn(client);
        access = new ServiceSubjectAccess(services);
    }

    @Test
    void theLinkedFeedbackSectionIsThePersonsResponsesAsTheFeedbackServiceGivesThem() {
        // given
        expectSectionsAround(withSuccess("""
                {"participantRef": "%s", "responses": [{"form": "Tell us about the open house",
                 "answers": [{"questionId": "q1", "question": "What should we change?",
                 "answer": ["The hotel room is damp"]}]}]}""".formatted(REF), MediaType.APPLICATION_JSON));

        // when
        Map<String, Object> sections = access.of("newham", REF);

        // then
        server.verify();
        assertThat(sections)
                .containsOnlyKeys(
                        "profile", "consentReceipt", "sessions", "linkedFeedback", "noticesSent", "referrals");
        assertThat(sections.get("linkedFeedback"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("participantRef", REF)
                .extractingByKey("responses")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(1);
    }

    @Test
    void aRoleTheFeedbackServiceRefusesGetsTheSectionAsNotShownSayingWhoCanProduceIt() {
        // given
        expectSectionsAround(withStatus(HttpStatus.FORBIDDEN));

        // when
        Map<String, Object> sections = access.of("newham", REF);

        // then
        assertThat(sections.get("linkedFeedback"))
                .isEqualTo(
                        Map.of("participantRef", REF, ServiceSubjectAccess.NOT_SHOWN, ServiceSubjectAccess.LEAD_ONLY));
        assertThat(ServiceSubjectAccess.LEAD_ONLY).contains("service lead");
    }

    @Test
    void anyOtherRefusalOfTheFeedbackServiceIsNotHidden() {
        // given
        for (String path : List.of("", "/receipt", "/sessions")) {
            server.expect(requestTo(PERSON + path)).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        }
        server.expect(requestTo(PERSON + "/responses")).andRespond(withStatus(HttpStatus.NOT_FOUND));

        // when
        ServiceRefusal refusal = catchThrowableOfType(ServiceRefusal.class, () -> access.of("newham", REF));

        // then
        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(404);
    }

    private void expectSectionsAround(org.springframework.test.web.client.ResponseCreator responses) {
        for (String path : List.of("", "/receipt", "/sessions")) {
            server.expect(requestTo(PERSON + path)).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        }
        server.expect(requestTo(PERSON + "/responses")).andRespond(responses);
        for (String path : List.of("/notices", "/referrals")) {
            server.expect(requestTo(PERSON + path)).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        }
    }
}
