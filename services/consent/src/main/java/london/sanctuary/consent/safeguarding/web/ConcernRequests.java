package london.sanctuary.consent.safeguarding.web;

/** The bodies of the concern commands: free text about a person, so their {@code toString} hides it. */
final class ConcernRequests {

    private ConcernRequests() {}

    /** {@code POST …/participants/{ref}/concerns}. */
    record FlagRequest(String summary) {
        @Override
        public String toString() {
            return "FlagRequest[text hidden]";
        }
    }

    /** {@code POST …/concerns/{id}/closure}. */
    record ClosureRequest(String actionTaken) {
        @Override
        public String toString() {
            return "ClosureRequest[text hidden]";
        }
    }
}
