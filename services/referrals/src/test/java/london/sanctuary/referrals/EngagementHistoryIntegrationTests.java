package london.sanctuary.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.EngagementEntry;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The history a package carries when the consent ledger has heard a withdrawal or an erasure before the events it
 * removed, as a replay from offset zero reads them: it ends as the live service's does.
 */
class EngagementHistoryIntegrationTests extends ReferralsServiceTest {

    static final Borough NEWHAM = Borough.of("newham");

    @Test
    void anAnswerHeardAfterLinkFeedbackWasWithdrawnIsLeftOutOfTheHistory() {
        // given LINK_FEEDBACK granted and withdrawn, heard first
        UUID ref = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        events.grant("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);
        events.withdraw("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.ended(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        long answersHeard = heard(EventType.FEEDBACK_SUBMITTED);

        // when the attendance and the answer given while the link held are heard only now
        events.attendedAFocusGroupAndAnswered("newham", ref);

        // then she attended; the answer is not linked to her
        await().atMost(PATIENCE).until(() -> heard(EventType.FEEDBACK_SUBMITTED) > answersHeard);
        await().atMost(PATIENCE)
                .until(() -> history.of(NEWHAM, ParticipantRef.of(ref)).size() == 1);
        assertThat(history.of(NEWHAM, ParticipantRef.of(ref)))
                .extracting(EngagementEntry::kind)
                .containsExactly(EngagementEntry.SESSION_ATTENDED);
    }

    @Test
    void anAnswerGivenBeforeAWithdrawalIsLeftOutThoughLinkFeedbackWasGrantedAgainSince() {
        // given LINK_FEEDBACK granted, withdrawn and granted again, heard first
        UUID ref = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        events.grant("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);
        events.withdraw("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.ended(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        events.grant("newham", ref, UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.holds(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        long answersHeard = heard(EventType.FEEDBACK_SUBMITTED);

        // when the answer given an hour ago, before the withdrawal, is heard only now
        events.answered("newham", ref, Instant.now().minusSeconds(3600));

        // then
        await().atMost(PATIENCE).until(() -> heard(EventType.FEEDBACK_SUBMITTED) > answersHeard);
        assertThat(stores.of("newham").exists(byId(ref), "engagement_history")).isFalse();
    }

    @Test
    void nothingOfAnErasedParticipantIsKeptWhenTheirEventsAreHeardAfterTheErasure() {
        // given
        UUID ref = UUID.randomUUID();
        events.grant("newham", ref, UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        events.erase("newham", ref);
        await().atMost(PATIENCE).until(() -> ledger.erased(NEWHAM, ParticipantRef.of(ref)));
        long answersHeard = heard(EventType.FEEDBACK_SUBMITTED);
        long attendanceHeard = heard(EventType.ATTENDANCE_RECORDED);

        // when
        events.attendedAFocusGroupAndAnswered("newham", ref);

        // then
        await().atMost(PATIENCE)
                .until(() -> heard(EventType.FEEDBACK_SUBMITTED) > answersHeard
                        && heard(EventType.ATTENDANCE_RECORDED) > attendanceHeard);
        assertThat(stores.of("newham").exists(byId(ref), "engagement_history")).isFalse();
    }

    @Test
    void withdrawingLinkFeedbackFromSomeoneWhoOnlyAnsweredLeavesNoHistory() {
        // given
        UUID ref = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        events.grant("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.holds(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        events.answered("newham", ref, Instant.now().minusSeconds(3600));
        await().atMost(PATIENCE)
                .until(() -> history.of(NEWHAM, ParticipantRef.of(ref)).size() == 1);

        // when
        events.withdraw("newham", ref, link, ConsentPurpose.LINK_FEEDBACK);

        // then: the same as a history that never heard the linked answer
        await().atMost(PATIENCE).until(() -> !stores.of("newham").exists(byId(ref), "engagement_history"));
    }

    private long heard(EventType type) {
        return stores.of("newham")
                .count(
                        Query.query(Criteria.where("consumer")
                                .is("engagement-history")
                                .and("type")
                                .is(type.type())),
                        "inbox");
    }

    private static Query byId(UUID ref) {
        return Query.query(Criteria.where("_id").is(ref.toString()));
    }
}
