package london.sanctuary.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.test.WrongTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@SanctuaryIntegrationTest
class StrictInputIntegrationTests {

    private static final String WIDGETS = "/api/boroughs/newham/widgets";
    private static final String ROSTERS = "/api/boroughs/newham/rosters";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    BoroughStores stores;

    ApiClient newham;

    @BeforeEach
    void setUp() {
        newham = new ApiClient(port, TestTokens.officer("newham"));
    }

    @ParameterizedTest(name = "name = {0}")
    @ValueSource(strings = {"123", "true", "1e999", "-0.0", "[\"lamp\"]", "{}"})
    void aNameOfTheWrongJsonTypeIsRefusedNamingTheFieldAndNotCoerced(String name) {
        // given
        long before = widgets();

        // when
        ApiClient.Response response = newham.post(WIDGETS, "{\"name\":" + name + "}");

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("field").asString()).isEqualTo("name");
        assertThat(widgets()).isEqualTo(before);
    }

    @TestFactory
    Stream<DynamicTest> everyRequestBodyOfTheTestServiceRefusesValuesOfTheWrongType() {
        return WrongTypes.refusedByEveryBody(context, newham);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C0 AF", "E0 80 AF", "FF", "ED A0 80", "F4 90 80 80", "C3"})
    void aJsonBodyThatIsNotUtf8IsRefusedEvenWhereJacksonWouldReadIt(String hex) {
        // given an overlong slash, a stray byte, a surrogate, a code point past U+10FFFF, a cut sequence
        long before = widgets();
        byte[] body = concat("{\"name\":\"lamp", HexFormat.ofDelimiter(" ").parseHex(hex), "\"}");

        // when
        ApiClient.Response response = newham.sendBytes("POST", WIDGETS, "application/json", body);

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("field").asString()).isEqualTo("body");
        assertThat(widgets()).isEqualTo(before);
    }

    @Test
    void aFormPostWhosePercentEscapesAreNotUtf8IsRefused() {
        ApiClient.Response overlong = newham.send("POST", WIDGETS, "application/x-www-form-urlencoded", "name=%C0%AF");
        ApiClient.Response broken = newham.send("POST", WIDGETS, "application/x-www-form-urlencoded", "name=%G0");

        assertThat(List.of(overlong.status(), broken.status())).containsOnly(400);
        assertThat(overlong.isProblem()).isTrue();
        assertThat(overlong.json().path("field").asString()).isEqualTo("body");
    }

    @Test
    void aBodyPastTheCapIsRefusedWith413AsAProblemAndNothingIsStored() {
        // given 300 KB of JSON, over the 256 KB cap
        long before = widgets();
        String body = "{\"name\":\"lamp\",\"colour\":\"" + "a".repeat(300 * 1024) + "\"}";

        // when
        ApiClient.Response response = newham.post(WIDGETS, body);

        // then
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("field").asString()).isEqualTo("body");
        assertThat(response.body().length()).isLessThan(1000);
        assertThat(widgets()).isEqualTo(before);
    }

    @Test
    void aBodyJustUnderTheCapIsRead() {
        String body = "{\"names\":[\"Amina\"],\"pad\":\"" + "a".repeat(250 * 1024) + "\"}";

        ApiClient.Response response = newham.post(ROSTERS, body);

        // read in full: refused for its unknown field, not for its size
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("pad");
    }

    @Test
    void aProblemListsTheFirstTwentyFieldErrorsAndCountsThemAll() {
        // given thirty names, every one blank
        String names = String.join(",", Collections.nCopies(30, "\" \""));

        // when
        ApiClient.Response response = newham.post(ROSTERS, "{\"names\":[" + names + "]}");

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors")).hasSize(20);
        assertThat(response.json().path("errorCount").asInt()).isEqualTo(30);
        assertThat(response.json().path("field").asString()).startsWith("names[");
    }

    @Test
    void aListPastItsDeclaredBoundIsRefusedNamingIt() {
        String names = String.join(",", Collections.nCopies(41, "\"Amina\""));

        ApiClient.Response response = newham.post(ROSTERS, "{\"names\":[" + names + "]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("names");
    }

    @Test
    void aTextOrListWithoutABoundOfItsOwnHasThePlatformsBound() {
        String longNote = "{\"names\":[\"Amina\"],\"note\":\"" + "n".repeat(10_001) + "\"}";
        String fine = "{\"names\":[\"Amina\"],\"note\":\"" + "n".repeat(10_000) + "\"}";

        ApiClient.Response refused = newham.post(ROSTERS, longNote);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("note");
        assertThat(refused.body()).doesNotContain("nnnnnnnnnn");
        assertThat(newham.post(ROSTERS, fine).status()).isEqualTo(200);
    }

    private long widgets() {
        return stores.of("newham").getCollection("widgets").countDocuments();
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }
}
