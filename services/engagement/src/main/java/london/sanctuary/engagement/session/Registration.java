package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;

/**
 * One participant's registration for a session. After erasure {@code participant} is null: the row stays so
 * counts do not change, but it no longer points to anyone.
 */
public record Registration(ParticipantRef participant, RegistrationStatus status, Needs needs, Instant registeredAt) {

    public boolean isFor(ParticipantRef ref) {
        return ref.equals(participant);
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    Registration with(RegistrationStatus changed) {
        return new Registration(participant, changed, needs, registeredAt);
    }

    Registration anonymised() {
        return new Registration(null, status, Needs.none(), registeredAt);
    }
}
