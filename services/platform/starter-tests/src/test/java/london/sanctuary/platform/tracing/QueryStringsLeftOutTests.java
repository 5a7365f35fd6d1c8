package london.sanctuary.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class QueryStringsLeftOutTests {

    private static final String TOKEN = "q3ZbXv0lA9kT2mWcR7yNfE1uJ5hG8dPsLiOaVxCzB4e";

    @Test
    void givenAPersonOpeningTheirOwnLink_whenTheRequestIsObserved_thenNoKeyValueCarriesTheToken() {
        // given a registry filtered as the platform's
        List<Observation.Context> stopped = new ArrayList<>();
        ObservationRegistry registry = filtered(stopped);

        // when the server observes a person opening their page, and a refused guess with a query
        Observation.createNotStarted("http.server.requests", registry)
                .lowCardinalityKeyValue("uri", "/public/me/{token}")
                .highCardinalityKeyValue("http.url", "/public/me/" + TOKEN)
                .highCardinalityKeyValue("url.full", "https://newham.example/public/me/" + TOKEN + "/stop?lang=ar")
                .start()
                .stop();

        // then the token is in no key value, and each still says which page was called
        assertThat(stopped)
                .singleElement()
                .satisfies(context -> assertThat(all(context))
                        .extracting(KeyValue::getValue)
                        .containsExactlyInAnyOrder(
                                "/public/me/{token}",
                                "/public/me/{secret}",
                                "https://newham.example/public/me/{secret}/stop"));
    }

    @Test
    void shortPathSegmentsSuchAsAReferenceStay() {
        List<Observation.Context> stopped = new ArrayList<>();
        ObservationRegistry registry = filtered(stopped);

        Observation.createNotStarted("http.server.requests", registry)
                .highCardinalityKeyValue("http.url", "/api/boroughs/newham/participants/p-8f2c1a/consents")
                .start()
                .stop();

        assertThat(all(stopped.get(0)))
                .extracting(KeyValue::getValue)
                .containsExactly("/api/boroughs/newham/participants/p-8f2c1a/consents");
    }

    private static ObservationRegistry filtered(List<Observation.Context> stopped) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationFilter(new QueryStringsLeftOut());
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        return registry;
    }

    private static List<KeyValue> all(Observation.Context context) {
        return Stream.concat(
                        StreamSupport.stream(
                                context.getLowCardinalityKeyValues().spliterator(), false),
                        StreamSupport.stream(
                                context.getHighCardinalityKeyValues().spliterator(), false))
                .toList();
    }

    @Test
    void givenAClientCallWithANameInItsQuery_whenItsObservationStops_thenNoKeyValueCarriesTheQuery() {
        // given a registry filtered as the platform's, and a handler that sees what a span would be made of
        ObservationRegistry registry = ObservationRegistry.create();
        List<Observation.Context> stopped = new ArrayList<>();
        registry.observationConfig().observationFilter(new QueryStringsLeftOut());
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });

        // when a traced request searches for Amina by name
        Observation.createNotStarted("http.client.requests", registry)
                .lowCardinalityKeyValue("uri", "/participants?q=Amina%20Yusuf")
                .lowCardinalityKeyValue("method", "GET")
                .highCardinalityKeyValue("http.url", "http://people:8080/participants?q=Amina%20Yusuf&borough=barnet")
                .highCardinalityKeyValue("url.full", "http://people:8080/participants?q=Amina+Yusuf")
                .start()
                .stop();

        // then no key value carries her name, and each still says what was called
        assertThat(stopped).singleElement().satisfies(context -> {
            List<KeyValue> all = Stream.concat(
                            StreamSupport.stream(
                                    context.getLowCardinalityKeyValues().spliterator(), false),
                            StreamSupport.stream(
                                    context.getHighCardinalityKeyValues().spliterator(), false))
                    .toList();
            assertThat(all).noneMatch(kv -> kv.getValue().contains("Amina"));
            assertThat(all)
                    .extracting(KeyValue::getValue)
                    .containsExactlyInAnyOrder(
                            "/participants",
                            "GET",
                            "http://people:8080/participants",
                            "http://people:8080/participants");
        });
    }
}
