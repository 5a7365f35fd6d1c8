package london.sanctuary.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Kafka consumer group ids, defined once for the whole platform (decision 0049): {@code <service>-<deployment>}, and
 * {@code <service>-<binding>-<deployment>} for a second binding of a service on the same topic (the consent ledger).
 * A deployment is named by the boroughs it serves unless it is given a name, so two boroughs' deployments on the
 * shared exchange topic never share a group (and so never split its partitions), and the ACLs can grant each
 * borough's principal its own groups. The platform's defaults and the deployment files both call this class.
 */
public final class ConsumerGroups {

    /** The binding of every service that keeps a consent ledger, grouped apart from its other consumers. */
    public static final String CONSENT_LEDGER = "consent-ledger";

    /** Above this length a deployment named by its boroughs is named by their digest instead. */
    static final int READABLE = 48;

    private static final Pattern BOROUGH_CODE = Pattern.compile("[a-z][a-z-]*");

    private ConsumerGroups() {}

    /**
     * The deployment's part of a group id: {@code named} when given; else the boroughs served, sorted and joined
     * with dots ({@code barnet.lambeth.newham}; {@code newham} for a borough running its own); for many boroughs
     * {@code boroughs-<n>-<first 10 hex of the SHA-256 of that list>}, still one name per set of boroughs.
     */
    public static String deployment(String named, Collection<String> boroughs) {
        if (named != null && !named.isBlank()) {
            return named.trim();
        }
        String served = boroughs.stream()
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .map(ConsumerGroups::checked)
                .distinct()
                .sorted()
                .collect(Collectors.joining("."));
        if (served.isEmpty()) {
            throw new IllegalArgumentException("boroughs: a deployment serves at least one borough");
        }
        if (served.length() <= READABLE) {
            return served;
        }
        return "boroughs-" + served.split("\\.").length + "-" + digest(served);
    }

    /** The group of a service's consumers in this deployment: {@code referrals-newham}. */
    public static String group(String service, String deployment) {
        return service + "-" + deployment;
    }

    /** The group of one binding kept apart from the service's others: {@code referrals-consent-ledger-newham}. */
    public static String group(String service, String binding, String deployment) {
        return service + "-" + binding + "-" + deployment;
    }

    private static String checked(String borough) {
        if (!BOROUGH_CODE.matcher(borough).matches()) {
            throw new IllegalArgumentException("boroughs: '" + borough + "' is not a borough code");
        }
        return borough;
    }

    private static String digest(String served) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(served.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}
