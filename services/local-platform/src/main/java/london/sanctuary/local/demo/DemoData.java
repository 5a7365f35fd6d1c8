package london.sanctuary.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import london.sanctuary.local.auth.DemoClient;
import london.sanctuary.local.services.RunningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads demo data through the services' own REST APIs, and so through their real events and topics,
 * into each demo borough that has no participants yet: people and their consents, a year of
 * sessions, feedback and its themes, the actions it led to. A fixed seed makes every run alike.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final long SEED = 20261001L;

    private DemoData() {}

    /** Never fails the platform: a borough whose data cannot be loaded is reported and skipped. */
    public static void loadIfEmpty(
            List<RunningService> services, String tokenUri, List<String> boroughs, DemoSize size) {
        Map<String, String> urls =
                services.stream().collect(Collectors.toMap(s -> s.service().name(), RunningService::baseUrl));
        if (!urls.containsKey("consent")) {
            log.info("Demo data: skipped, the consent service is not hosted");
            return;
        }
        LocalApi api = new LocalApi(tokenUri);
        Random random = new Random(SEED);
        List<String> loaded = new ArrayList<>();
        for (int i = 0; i < boroughs.size(); i++) {
            String borough = boroughs.get(i);
            int first = i * 100;
            DemoClient.officerOf(borough)
                    .filter(client -> load(api, urls, client, borough, random, first, size))
                    .ifPresent(client -> loaded.add(borough));
        }
        if (urls.containsKey("referrals") && loaded.size() >= 2) {
            loadReferrals(api, urls, loaded, random);
        }
    }

    private static void loadReferrals(LocalApi api, Map<String, String> urls, List<String> boroughs, Random random) {
        try {
            DemoReferrals.Loaded referrals =
                    DemoReferrals.load(api, urls.get("consent"), urls.get("referrals"), boroughs, random);
            log.info(
                    "Demo data: {} move-on referrals between {} — {} accepted, {} declined, the rest waiting",
                    referrals.sent(),
                    String.join(", ", boroughs),
                    referrals.accepted(),
                    referrals.declined());
        } catch (Exception failure) {
            log.warn("Demo data: referrals not fully loaded ({})", failure.getMessage());
        }
    }

    /** Says whether it loaded the borough (false when it already had data, or loading failed). */
    private static boolean load(
            LocalApi api,
            Map<String, String> urls,
            DemoClient client,
            String borough,
            Random random,
            int first,
            DemoSize size) {
        try {
            String token = api.token(client);
            if (DemoConsent.hasParticipants(api, urls.get("consent"), borough, token)) {
                log.info("Demo data: {} already has participants, left as it is", borough);
                return false;
            }
            List<DemoParticipant> people = DemoConsent.load(api, urls.get("consent"), borough, token, random, first);
            log.info("Demo data: {} — {} participants enrolled, consents recorded", borough, people.size());
            List<String> held = List.of();
            if (urls.containsKey("engagement")) {
                held = DemoSessions.load(api, urls.get("engagement"), borough, token, random, people, size.weeksBack());
                log.info("Demo data: {} — {} sessions held, one a week, 3 to come", borough, held.size());
            }
            List<DemoFeedback.Themed> themed = List.of();
            if (urls.containsKey("feedback")) {
                String latest = held.isEmpty() ? null : held.get(held.size() - 1);
                themed = DemoFeedback.load(
                        api, urls.get("feedback"), borough, token, random, people, latest, size.responsesPerForm());
                log.info("Demo data: {} — {} feedback responses answered and themed", borough, themed.size());
            }
            if (urls.containsKey("actions") && !themed.isEmpty()) {
                int actions = DemoActions.load(api, urls.get("actions"), borough, token, random, themed);
                log.info("Demo data: {} — {} actions raised from the themes heard", borough, actions);
            }
            return true;
        } catch (Exception failure) {
            log.warn("Demo data: {} not fully loaded ({})", borough, failure.getMessage());
            return false;
        }
    }
}
