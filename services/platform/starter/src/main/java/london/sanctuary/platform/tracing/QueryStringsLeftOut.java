package london.sanctuary.platform.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Cuts the query string off every key value of every observation, low and high cardinality, before spans and
 * metrics are made of it: a client's {@code http.url} is the full URL it called ({@code …/participants?q=<a name
 * or a phone>}), and a server's URL keys may carry the query too. The path stays, so a trace still says what was
 * called; a value the query could hold (a name, a phone) never reaches a span attribute or a metric tag.
 */
public final class QueryStringsLeftOut implements ObservationFilter {

    @Override
    public Observation.Context map(Observation.Context context) {
        withQueries(context.getLowCardinalityKeyValues()).forEach(kv -> context.addLowCardinalityKeyValue(cut(kv)));
        withQueries(context.getHighCardinalityKeyValues()).forEach(kv -> context.addHighCardinalityKeyValue(cut(kv)));
        return context;
    }

    private static List<KeyValue> withQueries(Iterable<KeyValue> keyValues) {
        return StreamSupport.stream(keyValues.spliterator(), false)
                .filter(kv -> kv.getValue().contains("?"))
                .toList();
    }

    private static KeyValue cut(KeyValue kv) {
        return KeyValue.of(kv.getKey(), kv.getValue().substring(0, kv.getValue().indexOf('?')));
    }
}
