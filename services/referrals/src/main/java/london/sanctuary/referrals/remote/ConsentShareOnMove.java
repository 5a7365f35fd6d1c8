package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.referrals.release.ShareOnMove;

/**
 * The consent service's own answer, at the moment of key release: {@code GET /api/boroughs/{borough}/participants/
 * {ref}/consents/SHARE_ON_MOVE}. It closes the window in which the ledger has not yet heard a withdrawal. 404 and
 * 410 are "does not hold"; a consent service that cannot answer is {@link ShareOnMove.Unknown}.
 */
public final class ConsentShareOnMove implements ShareOnMove {

    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/consents/SHARE_ON_MOVE";

    private final BoroughServiceClient consent;

    public ConsentShareOnMove(BoroughServiceClient consent) {
        this.consent = consent;
    }

    @Override
    public boolean holds(Borough borough, ParticipantRef participantRef, Instant at) {
        try {
            return consent.get(
                    borough,
                    PATH,
                    (status, response) -> {
                        if (status == 404 || status == 410) {
                            return false;
                        }
                        ServiceCalls.raiseFor(status, "consent");
                        Check check = response.bodyTo(Check.class);
                        return check != null && check.holds();
                    },
                    borough.code(),
                    participantRef);
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new Unknown("The consent service " + e.getMessage());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(boolean holds) {}
}
