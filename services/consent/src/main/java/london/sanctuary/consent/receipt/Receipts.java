package london.sanctuary.consent.receipt;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** Issues a participant's consent receipt from their consent history. */
public final class Receipts {

    static final String VERSION = "KI-CR-v1.1.0";
    static final String SERVICE = "Sanctuary Exchange co-production";
    private final ParticipantLookup lookup;
    private final String policyUrl;
    private final Clock clock;

    public Receipts(ParticipantLookup lookup, String policyUrl, Clock clock) {
        this.lookup = lookup;
        this.policyUrl = policyUrl;
        this.clock = clock;
    }

    public ConsentReceipt issue(Borough borough, ParticipantRef ref) {
        Participant participant = lookup.findLive(borough, ref);
        Instant now = clock.instant();
        List<ConsentRecord> consents = participant.consents();
        ConsentRecord latest = consents.stream()
                .max(Comparator.comparing(ConsentRecord::grantedAt))
                .orElse(null);
        return new ConsentReceipt(
                VERSION,
                "UK",
                lastTransaction(participant).getEpochSecond(),
                latest == null ? "none recorded" : describe(latest.method().name()),
                UUID.randomUUID(),
                latest == null ? "en" : latest.language().tag(),
                ref.value(),
                List.of(new ConsentReceipt.PiiController(borough.name(), borough.code(), borough.gssCode())),
                policyUrl,
                List.of(new ConsentReceipt.Service(
                        SERVICE, consents.stream().map(c -> purpose(c, now)).toList())),
                now);
    }

    private static Instant lastTransaction(Participant participant) {
        return Stream.concat(
                        Stream.of(participant.enrolledAt()),
                        participant.consents().stream().flatMap(c -> Stream.of(c.grantedAt(), c.withdrawnAt())))
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static ConsentReceipt.Purpose purpose(ConsentRecord c, Instant now) {
        String status = c.isWithdrawn() ? "WITHDRAWN" : c.holdsAt(now) ? "ACTIVE" : "EXPIRED";
        return new ConsentReceipt.Purpose(
                c.purpose().name(),
                c.consentId(),
                c.legalBasis().name(),
                c.method().name(),
                c.language().tag(),
                c.noticeVersion(),
                status,
                c.grantedAt(),
                c.expiresAt(),
                c.withdrawnAt());
    }

    private static String describe(String method) {
        return method.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
