package london.sanctuary.actions.action.messaging;

import static london.sanctuary.actions.action.ActionFixtures.NEWHAM;
import static london.sanctuary.actions.action.ActionFixtures.RAISED_AT;
import static london.sanctuary.actions.action.ActionFixtures.raiseFor;
import static london.sanctuary.actions.action.ActionFixtures.wording;
import static london.sanctuary.platform.test.EventContracts.assertFollowContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionEvents;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

class ActionEventContractsTests {

    @Test
    void anActionsLifeMapsToSchemaValidContractsAndAnonymousFactsWithItsDays() {
        // given an action raised 9 days after its feedback and done 5 days later
        List<ActionEvents> events = new ArrayList<>();
        Action action = Action.raise(
                ActionId.random(), NEWHAM, raiseFor("food"), "lead", RAISED_AT.minus(Duration.ofDays(9)), at(0));
        events.addAll(action.recordedEvents());
        Action moving = restoreOf(action);
        moving.changeStatus(ActionStatus.AGREED, null, at(1));
        moving.complete(ActionStatus.DONE, wording("en", "We changed the menu"), null, at(5));
        moving.closeLoop(2, at(5));
        events.addAll(moving.recordedEvents());

        // when
        List<OutboxEntry> entries = ActionEventContracts.toOutbox(NEWHAM, events);

        // then
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        EventType.ACTION_RAISED.type(),
                        EventType.ACTION_RAISED_FACT.type(),
                        EventType.ACTION_STATUS_CHANGED.type(),
                        EventType.ACTION_STATUS_CHANGED.type(),
                        EventType.ACTION_COMPLETED.type(),
                        EventType.ACTION_COMPLETED_FACT.type(),
                        EventType.LOOP_CLOSED.type(),
                        EventType.LOOP_CLOSED_FACT.type());
        assertFollowContracts(
                entries, "sanctuary.newham.actions.v1", action.id().toString());
        assertThat(entries).extracting(OutboxEntry::data).noneMatch(data -> data.contains("We changed the menu"));
        assertThat(ContractJson.read(entries.get(1).data(), ActionRaisedFact.class)
                        .daysFromFeedback())
                .isEqualTo(9);
        assertThat(ContractJson.read(entries.get(5).data(), ActionCompletedFact.class)
                        .daysToComplete())
                .isEqualTo(5);
    }

    private static Clock at(int days) {
        return Clock.fixed(RAISED_AT.plus(Duration.ofDays(days)), ZoneOffset.UTC);
    }

    private static Action restoreOf(Action a) {
        return Action.restore(new Action.Stored(
                a.id(),
                a.borough(),
                a.raised(),
                a.raisedBy(),
                a.raisedAt(),
                0,
                List.of(),
                a.status(),
                null,
                null,
                null,
                null,
                null,
                List.of()));
    }
}
