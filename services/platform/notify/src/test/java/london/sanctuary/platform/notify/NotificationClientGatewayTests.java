package london.sanctuary.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Notify client, against a local stand-in for Notify's HTTP API. */
class NotificationClientGatewayTests {

    // Notify's client checks the key's shape: a name, then a service id and a secret (UUIDs).
    static final String KEY = "test-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222";
    static final String TEMPLATE = "33333333-3333-3333-3333-333333333333";
    static final String PHONE = "07700900123";
    static final String EMAIL = "amal@example.org";

    final List<Request> requests = new CopyOnWriteArrayList<>();
    HttpServer notify;
    int status = 201;

    @BeforeEach
    void startNotify() throws IOException {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body));
            byte[] answer = (status == 201 ? accepted() : refused()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        notify.start();
    }

    @AfterEach
    void stopNotify() {
        notify.stop(0);
    }

    @Test
    void anSmsIsPostedToNotifyWithTheTemplateTheNumberThePersonalisationAndABearerToken() {
        // when
        gateway().sendSms(TEMPLATE, PHONE, Map.of("message", "غداً"), "session-1");

        // then
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v2/notifications/sms");
            assertThat(request.authorization()).startsWith("Bearer ");
            assertThat(request.body())
                    .contains(TEMPLATE, PHONE, "\"reference\":\"session-1\"")
                    .contains("\"message\":\"غداً\"");
        });
    }

    @Test
    void anEmailIsPostedToNotifysEmailEndpoint() {
        // when
        gateway().sendEmail(TEMPLATE, EMAIL, Map.of("message", "Your receipt"), "receipt-1");

        // then
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v2/notifications/email");
            assertThat(request.body()).contains(EMAIL, "\"reference\":\"receipt-1\"");
        });
    }

    @Test
    void aRefusedNumberIsAFailureNotWorthRetryingThatNamesOnlyTheStatus() {
        // given Notify refuses the number
        status = 400;

        // when / then
        assertThatThrownBy(() -> gateway().sendSms(TEMPLATE, PHONE, Map.of("message", "x"), "session-1"))
                .isExactlyInstanceOf(NotifyGateway.NotifyFailed.class)
                .hasMessage("Notify did not accept an SMS (HTTP 400)")
                .message()
                .doesNotContain(PHONE);
    }

    @Test
    void aNotifyOutageIsAFailureWorthRetrying() {
        // given
        status = 503;

        // when / then
        assertThatThrownBy(() -> gateway().sendEmail(TEMPLATE, EMAIL, Map.of("message", "x"), "receipt-1"))
                .isInstanceOf(NotifyGateway.NotifyUnavailable.class)
                .hasMessage("Notify did not accept an email (HTTP 503)");
    }

    @Test
    void anUnreachableNotifyIsAFailureWorthRetrying() {
        // given
        notify.stop(0);

        // when / then
        assertThatThrownBy(() -> gateway().sendSms(TEMPLATE, PHONE, Map.of("message", "x"), "session-1"))
                .isInstanceOf(NotifyGateway.NotifyUnavailable.class)
                .message()
                .doesNotContain(PHONE);
    }

    private NotificationClientGateway gateway() {
        return new NotificationClientGateway(
                KEY, "http://127.0.0.1:" + notify.getAddress().getPort());
    }

    private static String accepted() {
        return """
                {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "session-1",
                 "content": {"body": "text", "from_number": "GOVUK", "subject": "s", "from_email": "a@b.gov.uk"},
                 "template": {"id": "33333333-3333-3333-3333-333333333333", "version": 1,
                              "uri": "https://api.notifications.service.gov.uk/v2/templates/33333333"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/740e5834"}""";
    }

    private static String refused() {
        return """
                {"status_code": 400, "errors": [{"error": "ValidationError", "message": "phone_number Not a UK mobile number"}]}""";
    }

    record Request(String path, String authorization, String body) {}
}
