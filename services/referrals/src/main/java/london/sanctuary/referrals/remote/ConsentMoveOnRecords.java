package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.referrals.outgoing.MoveOnRecords;

/**
 * The consent service's {@code GET /api/boroughs/{borough}/participants/{ref}/move-on}, answered only while
 * SHARE_ON_MOVE holds; 404 or 410 is "nothing may move".
 */
public final class ConsentMoveOnRecords implements MoveOnRecords {

    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/move-on";

    private final BoroughServiceClient consent;

    public ConsentMoveOnRecords(BoroughServiceClient consent) {
        this.consent = consent;
    }

    @Override
    public Optional<MoveOnRecord> find(Borough borough, ParticipantRef participantRef) {
        try {
            return consent.get(
                    borough,
                    PATH,
                    (status, response) -> {
                        if (status == 404 || status == 410) {
                            return Optional.<MoveOnRecord>empty();
                        }
                        ServiceCalls.raiseFor(status, "consent");
                        return Optional.ofNullable(response.bodyTo(MoveOnAnswer.class))
                                .map(a -> new MoveOnRecord(a.profile(), a.consents()));
                    },
                    borough.code(),
                    participantRef);
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new ConsentUnavailable("The consent service " + e.getMessage());
        }
    }

    /** What consent answers; never logged. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MoveOnAnswer(ParticipantRef participantRef, Profile profile, List<ConsentEntry> consents) {

        @Override
        public String toString() {
            return "MoveOnAnswer[personal data hidden]";
        }
    }
}
