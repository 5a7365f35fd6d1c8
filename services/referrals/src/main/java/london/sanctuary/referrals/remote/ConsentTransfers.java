package london.sanctuary.referrals.remote;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.referrals.incoming.Transfers;

/**
 * The receiving borough's consent service, {@code POST /api/boroughs/{borough}/participants/transfers}:
 * idempotent on the participantRef, so a retried acceptance enrols once.
 */
public final class ConsentTransfers implements Transfers {

    public static final String PATH = "/api/boroughs/{borough}/participants/transfers";

    private final BoroughServiceClient consent;

    public ConsentTransfers(BoroughServiceClient consent) {
        this.consent = consent;
    }

    @Override
    public void enrol(
            Borough borough,
            ParticipantRef participantRef,
            Borough transferredFrom,
            Profile profile,
            List<ConsentEntry> consents) {
        TransferRequest body = new TransferRequest(participantRef, transferredFrom.code(), profile, consents);
        try {
            consent.post(
                    borough,
                    PATH,
                    body,
                    (status, response) -> {
                        ServiceCalls.raiseFor(status, "consent");
                        return Boolean.TRUE;
                    },
                    borough.code());
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new ConsentUnavailable("The consent service " + e.getMessage());
        }
    }

    /** The transfer; never logged. */
    record TransferRequest(
            ParticipantRef participantRef, String transferredFrom, Profile profile, List<ConsentEntry> consents) {

        @Override
        public String toString() {
            return "TransferRequest[personal data hidden]";
        }
    }
}
