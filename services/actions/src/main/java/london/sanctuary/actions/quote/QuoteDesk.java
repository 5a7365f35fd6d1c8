package london.sanctuary.actions.quote;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.actions.loop.ParticipantConsent;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.contracts.refusal.RuleBroken;

/**
 * Picks quotes for an action and gives the ones that may be shown. A quote must come from a response behind one of
 * the action's themes that is still linked to its writer, who holds {@code PUBLISH_QUOTE} now; the board asks again
 * each time it is shown, so a consent ended between the event and its listener already hides the quote.
 */
public final class QuoteDesk {

    private final ActionDesk actions;
    private final HeardFeedback heard;
    private final ParticipantConsent consent;
    private final Quotes quotes;
    private final Clock clock;

    public QuoteDesk(ActionDesk actions, HeardFeedback heard, ParticipantConsent consent, Quotes quotes, Clock clock) {
        this.actions = actions;
        this.heard = heard;
        this.consent = consent;
        this.quotes = quotes;
        this.clock = clock;
    }

    public Quote pick(Borough borough, ActionId id, UUID responseId, Language language, String text, String by) {
        Action action = actions.find(borough, id);
        HeardResponse response =
                responseId == null ? null : heard.find(borough, responseId).orElse(null);
        List<String> themes = action.themes().stream().map(ThemeCode::code).toList();
        if (response == null || !response.carriesAnyOf(themes)) {
            throw new RuleBroken("responseId", "The quote must come from a response behind one of the action's themes");
        }
        UUID writer = response.linkedParticipant()
                .filter(ref -> consent.holds(borough, ref, ConsentPurpose.PUBLISH_QUOTE, clock.instant()))
                .orElseThrow(() -> new RuleBroken("responseId", "The person who wrote it has not agreed to be quoted"));
        Quote quote = new Quote(id, responseId, writer, language, text, by, clock.instant());
        quotes.save(borough, quote);
        return quote;
    }

    /**
     * Takes a picked quote off the action (picked by mistake, or no longer fitting): gone from the board at once. An
     * action or quote that does not exist is not found.
     */
    public void unpick(Borough borough, ActionId id, UUID responseId) {
        actions.find(borough, id);
        if (!quotes.remove(borough, id, responseId)) {
            throw new NotFound("Quote");
        }
    }

    /** The action's quotes whose writers hold {@code PUBLISH_QUOTE} now. */
    public List<Quote> shown(Borough borough, ActionId id) {
        return quotes.of(borough, id).stream()
                .filter(q -> consent.holds(borough, q.participantRef(), ConsentPurpose.PUBLISH_QUOTE, clock.instant()))
                .toList();
    }

    /** The writer's consent to be quoted or linked ended, or they were erased: their quotes go, everywhere. */
    public void consentEnded(Borough borough, UUID participantRef) {
        quotes.forget(borough, participantRef);
    }
}
