package london.sanctuary.consent.participant.web;

import london.sanctuary.consent.participant.UnknownParticipant;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * A participant ref read from a request's path. One that is not even a UUID is simply not found, like any
 * other unknown ref (404, not 400): the answer tells a caller nothing about which refs exist.
 */
public final class RefInPath {

    private RefInPath() {}

    public static ParticipantRef read(String text) {
        try {
            return ParticipantRef.of(text);
        } catch (InvalidValue e) {
            throw new UnknownParticipant();
        }
    }
}
