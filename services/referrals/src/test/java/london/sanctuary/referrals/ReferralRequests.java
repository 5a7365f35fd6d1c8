package london.sanctuary.referrals;

import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.TestTokens;

/** Request bodies and paths the tests send, and made-up people whose details occur nowhere else. */
final class ReferralRequests {

    private ReferralRequests() {}

    /** A made-up person: a name and phone number to look for where they must not be. */
    record Person(UUID ref, String name, String phone) {

        static Person unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person(
                    UUID.randomUUID(),
                    "Amina Testperson-" + tag,
                    String.format("07700 9%05d", (int) (Math.random() * 100_000)));
        }
    }

    static String send(UUID referralId, UUID ref, String to) {
        return """
                {"referralId": "%s", "participantRef": "%s", "toBorough": "%s",
                 "reason": "MOVE_ON_AFTER_DECISION", "moveDate": "2026-12-10",
                 "support": [
                   {"kind": "ESOL", "level": "ESOL Entry 2", "note": "Tuesday morning class", "urgency": "SOON"},
                   {"kind": "MENTAL_HEALTH", "note": "weekly talking therapy", "urgency": "URGENT"}],
                 "note": "Prefers a female interpreter"}""".formatted(referralId, ref, to);
    }

    static String outgoing(String borough) {
        return "/api/boroughs/" + borough + "/referrals";
    }

    static String incoming(String borough) {
        return "/api/boroughs/" + borough + "/incoming";
    }

    static String keyRelease(String from, UUID referralId) {
        return "/api/exchange/" + from + "/referrals/" + referralId + "/key-release";
    }

    static String handovers(String to, UUID referralId) {
        return "/api/exchange/" + to + "/referrals/" + referralId + "/handovers";
    }

    static String service(String borough) {
        return TestTokens.sign(TestTokens.claims(borough + "-service", borough, List.of("service"))
                .build());
    }
}
