package london.sanctuary.actions.action;

import static london.sanctuary.actions.action.ActionFixtures.CLOCK;
import static london.sanctuary.actions.action.ActionFixtures.NEWHAM;
import static london.sanctuary.actions.action.ActionFixtures.raiseFor;
import static london.sanctuary.actions.action.ActionFixtures.wording;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.actions.loop.LoopCloser;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.refusal.StaleVersion;
import org.junit.jupiter.api.Test;

public class ActionDeskTests {

    final UUID participant = UUID.randomUUID();
    final InMemoryActions actions = new InMemoryActions();
    final AtomicInteger sent = new AtomicInteger();
    final HeardFeedback feedback = new OneResponse(new HeardResponse(
            UUID.randomUUID(),
            UUID.randomUUID(),
            Language.of("ar"),
            Instant.parse("2026-10-01T10:00:00Z"),
            List.of("food"),
            participant));
    final ActionDesk desk = new ActionDesk(
            actions,
            feedback,
            new LoopCloser(feedback, (b, r, p, at) -> true, n -> sent.incrementAndGet() > 0, CLOCK),
            CLOCK);

    @Test
    void completingAnActionClosesItsLoopAndRecordsTheCount() {
        // given
        ActionId id = desk.raise(NEWHAM, raiseFor("food"), "lead").value().id();
        desk.changeStatus(NEWHAM, id, ActionStatus.AGREED, null, null);

        // when
        Versioned<Action> done = desk.complete(NEWHAM, id, ActionStatus.DONE, wording("en", "We did"), null, 1L);

        // then
        assertThat(done.value().notifiedCount()).contains(1);
        assertThat(done.value().loopClosed()).isTrue();
        assertThat(done.version()).isEqualTo(3);
        assertThat(sent).hasValue(1);
    }

    @Test
    void anEndedActionWhoseLoopWasLeftOpenIsClosedByTheSweepOnce() {
        // given an action that ended but whose loop's close was never stored
        ActionId id = desk.raise(NEWHAM, raiseFor("food"), "lead").value().id();
        Action action = desk.find(NEWHAM, id);
        action.changeStatus(ActionStatus.NOT_POSSIBLE, wording("en", "The contract does not allow it"), CLOCK);
        actions.save(action);

        // when
        int closed = desk.closeOpenLoops(List.of(NEWHAM));
        int again = desk.closeOpenLoops(List.of(NEWHAM));

        // then
        assertThat(closed).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(desk.find(NEWHAM, id).notifiedCount()).contains(1);
        assertThat(sent).hasValue(1);
    }

    /** Stores actions as their stored state, versions checked like the real store. */
    public static final class InMemoryActions implements Actions {

        final Map<ActionId, Action.Stored> stored = new HashMap<>();

        @Override
        public Optional<Action> find(Borough borough, ActionId id) {
            return Optional.ofNullable(stored.get(id)).map(Action::restore);
        }

        @Override
        public long save(Action a) {
            Action.Stored current = stored.get(a.id());
            if (current != null && (a.version() == null || current.version() != a.version())) {
                throw new StaleVersion("action");
            }
            long version = a.version() == null ? 0 : a.version() + 1;
            stored.put(
                    a.id(),
                    new Action.Stored(
                            a.id(),
                            a.borough(),
                            a.raised(),
                            a.raisedBy(),
                            a.raisedAt(),
                            version,
                            a.notes(),
                            a.status(),
                            a.statement().orElse(null),
                            a.completedAt().orElse(null),
                            a.loopClosedAt().orElse(null),
                            a.notifiedCount().orElse(null),
                            a.reviewOn().orElse(null),
                            a.reviews()));
            return version;
        }

        @Override
        public List<Action> list(Borough borough, ActionStatus status, ThemeCode theme, int limit) {
            return stored.values().stream().map(Action::restore).toList();
        }

        @Override
        public List<Action> awaitingLoopClose(Borough borough, int limit) {
            return stored.values().stream()
                    .map(Action::restore)
                    .filter(a -> a.isCompleted() && !a.loopClosed())
                    .toList();
        }

        @Override
        public List<Action> reviewDue(Borough borough, java.time.LocalDate today, int limit) {
            return stored.values().stream()
                    .map(Action::restore)
                    .filter(a -> a.reviewOn().filter(on -> !on.isAfter(today)).isPresent())
                    .toList();
        }

        @Override
        public List<Action> completed(Borough borough, int limit) {
            return stored.values().stream()
                    .map(Action::restore)
                    .filter(Action::isCompleted)
                    .toList();
        }
    }

    /** A projection that heard one linked response. */
    public record OneResponse(HeardResponse response) implements HeardFeedback {

        @Override
        public void submitted(Borough b, UUID id, UUID form, UUID ref, Language language, Instant at) {}

        @Override
        public void themed(Borough b, UUID id, UUID form, List<String> themes) {}

        @Override
        public void unlink(Borough b, UUID ref) {}

        @Override
        public Optional<HeardResponse> find(Borough b, UUID id) {
            return Optional.of(response);
        }

        @Override
        public List<HeardResponse> find(Borough b, Collection<UUID> ids) {
            return new ArrayList<>(List.of(response));
        }

        @Override
        public List<HeardResponse> linkedWithAnyTheme(Borough b, Collection<String> themes) {
            return List.of(response);
        }

        @Override
        public List<HeardResponse> themedResponses(Borough b) {
            return List.of(response);
        }
    }
}
