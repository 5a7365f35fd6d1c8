package london.sanctuary.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.local.auth.DemoClient;
import tools.jackson.databind.JsonNode;

/**
 * Move-on referrals between the demo boroughs, through the real APIs: some of each borough's participants agree
 * to share on move and are referred to another borough with support to continue; the receivers accept about
 * half, decline a few and leave the rest waiting in their inbox.
 */
final class DemoReferrals {

    static final int PER_BOROUGH = 10;
    private static final String[] REASONS = {"DISPERSAL", "MOVE_ON_AFTER_DECISION", "FAMILY_REUNION", "OTHER"};
    private static final String[][] SUPPORT = {
        {"ESOL", "ESOL Entry 2"}, {"ESOL", "ESOL Entry 3"}, {"MENTAL_HEALTH", null}, {"GP_REGISTRATION", null},
        {"VOLUNTEERING", null}, {"LEGAL_ADVICE", null}, {"SOCIAL_CONNECTION", null}, {"SCHOOL_PLACE", null}
    };
    private static final String[] URGENCY = {"ROUTINE", "SOON", "URGENT"};

    private DemoReferrals() {}

    /** What was loaded: how many referrals were sent, accepted and declined. */
    record Loaded(int sent, int accepted, int declined) {}

    static Loaded load(LocalApi api, String consentUrl, String referralsUrl, List<String> boroughs, Random random)
            throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String borough : boroughs) {
            tokens.put(borough, api.token(DemoClient.officerOf(borough).orElseThrow()));
        }
        List<String[]> sent = new ArrayList<>();
        for (String from : boroughs) {
            String token = tokens.get(from);
            JsonNode items = api.get(participants(consentUrl, from) + "?limit=" + PER_BOROUGH, token)
                    .path("items");
            for (JsonNode item : items) {
                String ref = item.path("participantRef").asString();
                String to = other(boroughs, from, random);
                shareOnMove(api, consentUrl, from, ref, token);
                String id = api.post(
                                referralsUrl + "/api/boroughs/" + from + "/referrals", token, referral(ref, to, random))
                        .path("referralId")
                        .asString();
                sent.add(new String[] {id, to});
            }
        }
        int accepted = 0;
        int declined = 0;
        for (String[] referral : sent) {
            int roll = random.nextInt(10);
            String incoming = referralsUrl + "/api/boroughs/" + referral[1] + "/incoming/" + referral[0];
            String token = tokens.get(referral[1]);
            if (roll < 5) {
                awaitArrival(api, incoming, token);
                api.postOnceConsentArrives(incoming + "/acceptance", token, Map.of(), 200);
                accepted++;
            } else if (roll < 7) {
                awaitArrival(api, incoming, token);
                api.post(
                        incoming + "/decline",
                        token,
                        Map.of("reason", roll == 5 ? "WRONG_BOROUGH" : "NOT_MOVING_HERE"),
                        200);
                declined++;
            }
        }
        return new Loaded(sent.size(), accepted, declined);
    }

    private static void shareOnMove(LocalApi api, String consentUrl, String borough, String ref, String token)
            throws Exception {
        api.post(
                participants(consentUrl, borough) + "/" + ref + "/consents",
                token,
                Map.of(
                        "purpose", "SHARE_ON_MOVE",
                        "legalBasis", "CONSENT",
                        "method", "VERBAL_WITH_INTERPRETER",
                        "language", "en",
                        "noticeVersion", "2026-10"));
    }

    private static Map<String, Object> referral(String ref, String to, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referralId", new UUID(random.nextLong(), random.nextLong()).toString());
        body.put("participantRef", ref);
        body.put("toBorough", to);
        body.put("reason", REASONS[random.nextInt(REASONS.length)]);
        body.put("moveDate", LocalDate.now().plusDays(3 + random.nextInt(14)).toString());
        List<Map<String, String>> support = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String[] kind = SUPPORT[random.nextInt(SUPPORT.length)];
            Map<String, String> item = new LinkedHashMap<>();
            item.put("kind", kind[0]);
            if (kind[1] != null) {
                item.put("level", kind[1]);
            }
            item.put("urgency", URGENCY[random.nextInt(URGENCY.length)]);
            support.add(item);
        }
        body.put("support", support);
        return body;
    }

    /** The receiver takes a referral in from the exchange a moment after it was sent. */
    private static void awaitArrival(LocalApi api, String incoming, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                api.get(incoming, token);
                return;
            } catch (LocalApi.UnexpectedAnswer notYet) {
                if (notYet.status != 404 || attempt > 150) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static String other(List<String> boroughs, String from, Random random) {
        List<String> others = boroughs.stream().filter(b -> !b.equals(from)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private static String participants(String consentUrl, String borough) {
        return consentUrl + "/api/boroughs/" + borough + "/participants";
    }
}
