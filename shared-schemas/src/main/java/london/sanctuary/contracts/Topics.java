package london.sanctuary.contracts;

import java.util.regex.Pattern;

/** Kafka topic names, defined once for the whole platform. */
public final class Topics {

    /** Shared by all boroughs; personal data only inside the encrypted referral package. */
    public static final String EXCHANGE_REFERRALS = "sanctuary.exchange.referrals.v1";

    /** Anonymised regional facts; the only topic the GLA dashboard reads. */
    public static final String GLA_FACTS = "sanctuary.gla.facts.v1";

    private static final Pattern NAME_PART = Pattern.compile("[a-z][a-z-]*");

    private Topics() {}

    /**
     * A borough-internal topic, e.g. {@code sanctuary.newham.consent.v1}. Only the syntax of the borough code is
     * checked here; use {@link Borough#of(String)} where membership of the 33 London boroughs matters.
     */
    public static String borough(String boroughCode, String service) {
        return "sanctuary." + part("borough", boroughCode) + "." + part("service", service) + ".v1";
    }

    /** The dead-letter topic for {@code topic}: {@code <topic>.dlq}. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic: must not be blank");
        }
        return topic + ".dlq";
    }

    private static String part(String what, String value) {
        if (value == null || !NAME_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(what + ": '" + value + "' is not a lower-case topic name part");
        }
        return value;
    }
}
