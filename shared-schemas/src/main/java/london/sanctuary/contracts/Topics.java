package london.sanctuary.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kafka topic names, defined once for the whole platform. */
public final class Topics {

    /**
     * The partitions of every platform topic, as the local platform creates them; a consumer binding takes a thread
     * for each partition it owns, up to this many (decision 0054).
     */
    public static final int PARTITIONS = 3;

    /** Shared by all boroughs; personal data only inside the encrypted referral package. */
    public static final String EXCHANGE_REFERRALS = "sanctuary.exchange.referrals.v1";

    /** Anonymised regional facts; the only topic the GLA dashboard reads. */
    public static final String GLA_FACTS = "sanctuary.gla.facts.v1";

    /** The services whose events stay inside their borough, each on its own topic per borough. */
    public static final List<String> BOROUGH_SERVICES = List.of("consent", "engagement", "feedback", "actions");

    /**
     * The family of each borough's compacted topic of current consent states ({@code cleanup.policy=compact}, kept
     * for good): what a consent ledger starts from, whatever the consent topic's retention dropped.
     */
    public static final String CONSENT_STATE = "consent-state";

    private static final Pattern NAME_PART = Pattern.compile("[a-z][a-z-]*");

    private Topics() {}

    /**
     * A borough-internal topic, e.g. {@code sanctuary.newham.consent.v1}. Only the syntax of the borough code is
     * checked here; use {@link Borough#of(String)} where membership of the 33 London boroughs matters.
     */
    public static String borough(String boroughCode, String service) {
        return "sanctuary." + part("borough", boroughCode) + "." + part("service", service) + ".v1";
    }

    /** The borough's compacted consent-state topic, e.g. {@code sanctuary.newham.consent-state.v1}. */
    public static String consentState(String boroughCode) {
        return borough(boroughCode, CONSENT_STATE);
    }

    /** Whether {@code topic} is compacted (keeps the latest record per key) rather than deleted after retention. */
    public static boolean isCompacted(String topic) {
        return topic.endsWith("." + CONSENT_STATE + ".v1");
    }

    /** The borough code of a borough topic: {@code newham} for {@code sanctuary.newham.consent-state.v1}. */
    public static String boroughOf(String boroughTopic) {
        String[] parts = boroughTopic == null ? new String[0] : boroughTopic.split("\\.");
        if (parts.length != 4
                || !parts[0].equals("sanctuary")
                || !NAME_PART.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("topic: '" + boroughTopic + "' is not a borough topic");
        }
        return parts[1];
    }

    /** The dead-letter topic for {@code topic}: {@code <topic>.dlq}. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic: must not be blank");
        }
        return topic + ".dlq";
    }

    /** Every topic a platform serving these boroughs uses, each followed by its dead-letter topic. */
    public static List<String> all(List<String> boroughCodes) {
        List<String> topics = new ArrayList<>();
        for (String borough : boroughCodes) {
            BOROUGH_SERVICES.forEach(service -> topics.add(borough(borough, service)));
            topics.add(consentState(borough));
        }
        topics.add(EXCHANGE_REFERRALS);
        topics.add(GLA_FACTS);
        return topics.stream()
                .flatMap(t -> java.util.stream.Stream.of(t, deadLetter(t)))
                .toList();
    }

    private static String part(String what, String value) {
        if (value == null || !NAME_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(what + ": '" + value + "' is not a lower-case topic name part");
        }
        return value;
    }
}
