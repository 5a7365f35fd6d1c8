package london.sanctuary.actions.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Language;

/**
 * What this service knows of one feedback response, from the feedback service's events: never the answers
 * themselves, and the participant only while the response is linked to them.
 */
public record HeardResponse(
        UUID responseId,
        UUID formId,
        Language language,
        Instant submittedAt,
        List<String> themes,
        UUID participantRef) {

    public HeardResponse {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public Optional<UUID> linkedParticipant() {
        return Optional.ofNullable(participantRef);
    }

    public boolean carriesAnyOf(List<String> codes) {
        return themes.stream().anyMatch(codes::contains);
    }
}
