package london.sanctuary.consent.purpose;

import java.time.Clock;
import java.util.List;
import london.sanctuary.consent.participant.ConsentCheck;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.GrantConsent;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.ReconfirmConsent;
import london.sanctuary.consent.participant.WithdrawConsent;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;

/** Records and answers consent: loads the participant, lets it decide, saves it with its events. */
public final class ConsentDesk {

    private final ParticipantLookup lookup;
    private final Participants participants;
    private final Clock clock;

    public ConsentDesk(ParticipantLookup lookup, Participants participants, Clock clock) {
        this.lookup = lookup;
        this.participants = participants;
        this.clock = clock;
    }

    public Versioned<ConsentRecord> grant(Borough borough, ParticipantRef ref, GrantConsent command, Long expected) {
        Participant participant = lookup.findLive(borough, ref);
        participant.expectVersion(expected);
        ConsentRecord granted = participant.grant(command, clock);
        return new Versioned<>(granted, participants.save(participant));
    }

    public Versioned<ConsentRecord> withdraw(
            Borough borough, ParticipantRef ref, WithdrawConsent command, Long expected) {
        Participant participant = lookup.findLive(borough, ref);
        participant.expectVersion(expected);
        ConsentRecord withdrawn = participant.withdraw(command, clock);
        return new Versioned<>(withdrawn, participants.save(participant));
    }

    public Versioned<ConsentRecord> reconfirm(
            Borough borough, ParticipantRef ref, ReconfirmConsent command, Long expected) {
        Participant participant = lookup.findLive(borough, ref);
        participant.expectVersion(expected);
        ConsentRecord confirmed = participant.reconfirm(command, clock);
        return new Versioned<>(confirmed, participants.save(participant));
    }

    public Versioned<List<ConsentRecord>> history(Borough borough, ParticipantRef ref) {
        Participant participant = lookup.findLive(borough, ref);
        return new Versioned<>(participant.consents(), participant.version());
    }

    public ConsentCheck check(Borough borough, ParticipantRef ref, ConsentPurpose purpose) {
        return lookup.findLive(borough, ref).check(purpose, clock);
    }
}
