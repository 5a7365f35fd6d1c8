package london.sanctuary.workspace.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A person's page: their details, their consent history, and the version every change is made against. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(
        String participantRef,
        String name,
        String phone,
        String email,
        List<String> preferredLanguages,
        String accessNeeds,
        Instant enrolledAt,
        List<ConsentEntry> consents,
        long version) {

    /** The purposes the consent service knows, in the order the page lists them. */
    public static final List<String> PURPOSES =
            List.of("PARTICIPATE", "RECONTACT", "LINK_FEEDBACK", "SHARE_ON_MOVE", "PUBLISH_QUOTE");

    public Person {
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    /** The consent held now for a purpose, if any. */
    public Optional<ConsentEntry> held(String purpose) {
        return consents.stream()
                .filter(c -> c.purpose().equals(purpose) && c.withdrawnAt() == null)
                .filter(c -> c.expiresAt() == null || c.expiresAt().isAfter(Instant.now()))
                .reduce((first, later) -> later);
    }

    /** Every record for a purpose, newest first. */
    public List<ConsentEntry> history(String purpose) {
        List<ConsentEntry> records =
                consents.stream().filter(c -> c.purpose().equals(purpose)).toList();
        ConsentEntry[] newestFirst = records.toArray(ConsentEntry[]::new);
        java.util.Collections.reverse(Arrays.asList(newestFirst));
        return List.of(newestFirst);
    }

    /** The language the person reads best: the first they prefer. */
    public String firstLanguage() {
        return preferredLanguages.isEmpty() ? "en" : preferredLanguages.get(0);
    }

    @Override
    public String toString() {
        return "Person[" + participantRef + ", personal data hidden]";
    }

    /** One consent record with its re-confirmations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentEntry(
            String purpose,
            String legalBasis,
            String method,
            String language,
            String interpreter,
            String noticeVersion,
            String recordedBy,
            Instant grantedAt,
            Instant expiresAt,
            Instant withdrawnAt,
            boolean toBeReconfirmed,
            List<Confirmation> confirmations) {

        public ConsentEntry {
            confirmations = confirmations == null ? List.of() : List.copyOf(confirmations);
        }
    }

    /** One re-confirmation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confirmation(
            String method,
            String language,
            String interpreter,
            String noticeVersion,
            String confirmedBy,
            Instant confirmedAt) {}
}
