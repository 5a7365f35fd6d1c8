package london.sanctuary.actions.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/**
 * The service's own projection of the borough's feedback responses. Each change is keyed by the response, so
 * applying one twice has the effect of once.
 */
public interface HeardFeedback {

    /** A response came in; {@code participantRef} is null for an anonymous response. */
    void submitted(
            Borough borough, UUID responseId, UUID formId, UUID participantRef, Language language, Instant submittedAt);

    /** Staff tagged a response with themes; the themes replace any earlier ones. */
    void themed(Borough borough, UUID responseId, UUID formId, List<String> themes);

    /** Drops the link between a participant and every response of theirs in the borough; the answers stay. */
    void unlink(Borough borough, UUID participantRef);

    Optional<HeardResponse> find(Borough borough, UUID responseId);

    List<HeardResponse> find(Borough borough, Collection<UUID> responseIds);

    /** The responses still linked to a participant that carry at least one of {@code themes}. */
    List<HeardResponse> linkedWithAnyTheme(Borough borough, Collection<String> themes);

    /** Every themed response of the borough (anonymous ones too), for the themes heard and their counts. */
    List<HeardResponse> themedResponses(Borough borough);
}
