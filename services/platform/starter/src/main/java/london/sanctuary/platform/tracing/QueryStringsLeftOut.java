package london.sanctuary.platform.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Cuts the query string off every key value of every observation, low and high cardinality, before spans and
 * metrics are made of it: a client's {@code http.url} is the full URL it called ({@code …/participants?q=<a name
 * or a phone>}), and a server's URL keys may carry the query too. The path stays, so a trace still says what was
 * called; a value the query could hold (a name, a phone) never reaches a span attribute or a metric tag. A path
 * segment that could be a bearer secret — 32 or more URL-safe characters, such as the token of a person's own link
 * ({@code /public/me/<token>}) — becomes {@code {secret}}: whoever reads the traces must not be able to open a page.
 */
public final class QueryStringsLeftOut implements ObservationFilter {

    private static final Pattern SECRET_SEGMENT = Pattern.compile("/[A-Za-z0-9_-]{32,}(?=[/?#]|$)");

    @Override
    public Observation.Context map(Observation.Context context) {
        toCut(context.getLowCardinalityKeyValues()).forEach(kv -> context.addLowCardinalityKeyValue(cut(kv)));
        toCut(context.getHighCardinalityKeyValues()).forEach(kv -> context.addHighCardinalityKeyValue(cut(kv)));
        return context;
    }

    private static List<KeyValue> toCut(Iterable<KeyValue> keyValues) {
        return StreamSupport.stream(keyValues.spliterator(), false)
                .filter(kv -> !cut(kv).getValue().equals(kv.getValue()))
                .toList();
    }

    private static KeyValue cut(KeyValue kv) {
        String value = kv.getValue();
        int query = value.indexOf('?');
        String path = query < 0 ? value : value.substring(0, query);
        return KeyValue.of(kv.getKey(), SECRET_SEGMENT.matcher(path).replaceAll("/{secret}"));
    }
}
