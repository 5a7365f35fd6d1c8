package london.sanctuary.actions.quote;

import static london.sanctuary.actions.action.ActionFixtures.CLOCK;
import static london.sanctuary.actions.action.ActionFixtures.NEWHAM;
import static london.sanctuary.actions.action.ActionFixtures.raiseFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.actions.action.ActionDeskTests;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;

class QuoteDeskTests {

    final UUID writer = UUID.randomUUID();
    final HeardResponse foodAnswer = new HeardResponse(
            UUID.randomUUID(), UUID.randomUUID(), Language.of("ti"), Instant.EPOCH, List.of("food"), writer);
    final ActionDeskTests.OneResponse heard = new ActionDeskTests.OneResponse(foodAnswer);
    final Set<UUID> quotable = new HashSet<>(Set.of(writer));
    final InMemoryQuotes quotes = new InMemoryQuotes();
    final ActionDesk actions = new ActionDesk(new ActionDeskTests.InMemoryActions(), heard, ended -> 0, CLOCK);
    final QuoteDesk desk = new QuoteDesk(
            actions,
            heard,
            (b, ref, purpose, at) -> purpose == ConsentPurpose.PUBLISH_QUOTE && quotable.contains(ref),
            quotes,
            CLOCK);

    @Test
    void aQuoteFromAQuotableWriterBehindTheActionsThemeIsShown() {
        // given
        ActionId id = actions.raise(NEWHAM, raiseFor("food"), "lead").value().id();

        // when
        desk.pick(NEWHAM, id, foodAnswer.responseId(), Language.of("ti"), " ምግቢ ", "lead");

        // then
        assertThat(desk.shown(NEWHAM, id)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("ምግቢ");
            assertThat(q.participantRef()).isEqualTo(writer);
        });
    }

    @Test
    void aWriterWithoutPublishQuoteOrAnAnswerOnAnotherThemeIsRefusedNamingTheResponse() {
        ActionId housing =
                actions.raise(NEWHAM, raiseFor("housing"), "lead").value().id();
        ActionId food = actions.raise(NEWHAM, raiseFor("food"), "lead").value().id();
        quotable.clear();

        assertThatThrownBy(() -> desk.pick(NEWHAM, housing, foodAnswer.responseId(), Language.of("ti"), "x", "lead"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("responseId"));
        assertThatThrownBy(() -> desk.pick(NEWHAM, food, foodAnswer.responseId(), Language.of("ti"), "x", "lead"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("responseId"));
        assertThat(quotes.stored).isEmpty();
    }

    @Test
    void aQuoteIsHiddenTheMomentConsentEndsAndDeletedWhenTheListenerHearsIt() {
        // given
        ActionId id = actions.raise(NEWHAM, raiseFor("food"), "lead").value().id();
        desk.pick(NEWHAM, id, foodAnswer.responseId(), Language.of("ti"), "ምግቢ", "lead");

        // when the ledger no longer holds PUBLISH_QUOTE, before the listener ran
        quotable.clear();

        // then it is not shown, and the listener deletes it
        assertThat(desk.shown(NEWHAM, id)).isEmpty();
        desk.consentEnded(NEWHAM, writer);
        assertThat(quotes.stored).isEmpty();
    }

    static final class InMemoryQuotes implements Quotes {

        final List<Quote> stored = new ArrayList<>();

        @Override
        public void save(Borough borough, Quote quote) {
            stored.add(quote);
        }

        @Override
        public List<Quote> of(Borough borough, ActionId actionId) {
            return stored.stream().filter(q -> q.actionId().equals(actionId)).toList();
        }

        @Override
        public boolean remove(Borough borough, ActionId actionId, UUID responseId) {
            return stored.removeIf(
                    q -> q.actionId().equals(actionId) && q.responseId().equals(responseId));
        }

        @Override
        public void forget(Borough borough, UUID participantRef) {
            stored.removeIf(q -> q.participantRef().equals(participantRef));
        }
    }
}
