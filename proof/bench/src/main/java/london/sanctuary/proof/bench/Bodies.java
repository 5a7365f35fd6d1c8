package london.sanctuary.proof.bench;

import java.util.List;
import java.util.Map;

/** The request bodies the benchmarks send, made-up and free of anything that looks like a real person. */
final class Bodies {

    private Bodies() {}

    /** A made-up person to enrol: a number for a name, no contact details. */
    static Map<String, Object> participant(String name) {
        return Map.of("name", name, "preferredLanguages", List.of("ar", "en"));
    }

    /** A consent given verbally with an interpreter, as an officer records it. */
    static Map<String, Object> consent(String purpose) {
        return Map.of(
                "purpose", purpose,
                "legalBasis", "CONSENT",
                "method", "VERBAL_WITH_INTERPRETER",
                "language", "ar",
                "noticeVersion", "2026-10");
    }
}
