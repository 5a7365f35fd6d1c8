package london.sanctuary.actions.loop;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.LoopClosing;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;

/**
 * Tells the people behind an ended action what came of it: each participant whose linked feedback carried one
 * of its themes and who holds RECONTACT now (and still LINK_FEEDBACK), once, in the language they answered in (English when the
 * statement lacks it).
 */
public final class LoopCloser implements LoopClosing {

    private final HeardFeedback feedback;
    private final ParticipantConsent consent;
    private final LoopNotices notices;
    private final Clock clock;

    public LoopCloser(HeardFeedback feedback, ParticipantConsent consent, LoopNotices notices, Clock clock) {
        this.feedback = feedback;
        this.consent = consent;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public int close(Action action) {
        List<String> themes = action.themes().stream().map(ThemeCode::code).toList();
        List<Notice> due = noticesFor(action, feedback.linkedWithAnyTheme(action.borough(), themes));
        return (int) due.stream().filter(notices::send).count();
    }

    /** The notices an ended action owes, from the linked responses heard: one per participant. */
    public List<Notice> noticesFor(Action action, List<HeardResponse> responses) {
        Wording statement = action.statement().orElseThrow();
        List<String> themes = action.themes().stream().map(ThemeCode::code).toList();
        Map<UUID, HeardResponse> latestByPerson = new LinkedHashMap<>();
        responses.stream()
                .filter(r -> r.linkedParticipant().isPresent() && r.carriesAnyOf(themes))
                .sorted(Comparator.comparing(
                        HeardResponse::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(r -> latestByPerson.put(r.participantRef(), r));
        return latestByPerson.values().stream()
                .filter(r -> mayBeTold(action, r.participantRef()))
                .map(r -> notice(action, statement, r))
                .toList();
    }

    /**
     * RECONTACT is what allows the notice. LINK_FEEDBACK is checked again too: the projection drops the link when
     * it ends, but a feedback event replayed after that could bring the link back.
     */
    private boolean mayBeTold(Action action, UUID ref) {
        Instant now = clock.instant();
        return consent.holds(action.borough(), ref, ConsentPurpose.RECONTACT, now)
                && consent.holds(action.borough(), ref, ConsentPurpose.LINK_FEEDBACK, now);
    }

    private static Notice notice(Action action, Wording statement, HeardResponse response) {
        Language answeredIn = response.language();
        Language language =
                answeredIn != null && statement.texts().containsKey(answeredIn) ? answeredIn : Wording.ENGLISH;
        return new Notice(action.borough(), response.participantRef(), action.id(), language, statement.in(language));
    }
}
