package london.sanctuary.engagement.session.messaging;

import static london.sanctuary.engagement.session.SessionFixtures.CLOCK;
import static london.sanctuary.engagement.session.SessionFixtures.participant;
import static london.sanctuary.engagement.session.SessionFixtures.registered;
import static london.sanctuary.engagement.session.SessionFixtures.started;
import static london.sanctuary.platform.test.EventContracts.assertFollowContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.RecordAttendance;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

class SessionEventContractsTests {

    @Test
    void aSessionsLifeMapsToSchemaValidContractsKeyedBySessionAndAnAnonymousFact() {
        // given
        Session session = started(1);
        ParticipantRef leaving = participant();
        ParticipantRef waiting = participant();
        registered(session, leaving, waiting);
        session.cancelRegistration(leaving, CLOCK);
        session.recordAttendance(RecordAttendance.byStaff(waiting, true, 350, true), CLOCK);
        session.markHeld(CLOCK);

        // when
        List<OutboxEntry> entries = SessionEventContracts.toOutbox(session.recordedEvents());

        // then
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        EventType.SESSION_SCHEDULED.type(),
                        EventType.PARTICIPANT_REGISTERED.type(),
                        EventType.PARTICIPANT_REGISTERED.type(),
                        EventType.PARTICIPANT_REGISTERED.type(),
                        EventType.ATTENDANCE_RECORDED.type(),
                        EventType.SESSION_HELD.type(),
                        EventType.SESSION_HELD_FACT.type());
        assertFollowContracts(
                entries,
                "sanctuary.newham.engagement.v1",
                session.id().toString(),
                leaving.toString(),
                waiting.toString());
    }
}
