package london.sanctuary.consent;

import java.util.UUID;

/** Request bodies and people for the integration tests: obviously fictional, unique per call. */
final class ConsentRequests {

    private ConsentRequests() {}

    /** A made-up person whose name, phone and email occur nowhere else. */
    record Person(String name, String phone, String email) {

        static Person unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            int number = (int) (Math.random() * 1000);
            return new Person(
                    "Zarlasht Testperson-" + tag,
                    String.format("07700 900%03d", number),
                    "zarlasht." + tag + "@example.org");
        }

        String enrolment() {
            return """
                    {"name": "%s", "phone": "%s", "email": "%s", "preferredLanguages": ["ps", "en"],
                     "accessNeeds": "female interpreter"}""".formatted(name, phone, email);
        }
    }

    static String grant(String purpose) {
        return """
                {"purpose": "%s", "legalBasis": "CONSENT", "method": "VERBAL_WITH_INTERPRETER",
                 "language": "ps", "noticeVersion": "2026-10"}""".formatted(purpose);
    }

    static String withdrawal() {
        return "{\"reason\": \"moving to another borough\"}";
    }

    static String participants(String borough) {
        return "/api/boroughs/" + borough + "/participants";
    }

    static String participant(String borough, String ref) {
        return participants(borough) + "/" + ref;
    }
}
