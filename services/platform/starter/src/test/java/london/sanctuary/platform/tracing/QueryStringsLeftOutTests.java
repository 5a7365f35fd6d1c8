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
