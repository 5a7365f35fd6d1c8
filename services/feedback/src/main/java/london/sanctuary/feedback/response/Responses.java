package london.sanctuary.feedback.response;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.FormId;

/** The responses of each borough. */
public interface Responses {

    Optional<Response> find(Borough borough, ResponseId id);

    /** A form's responses, oldest first. */
    List<Response> ofForm(Borough borough, FormId form);

    /** Whether the form has any response, without reading them. */
    boolean anyOf(Borough borough, FormId form);

    /**
     * The responses matching the filter's days, language and theme, and one of {@code forms} (any form when null),
     * newest first, at most the filter's limit.
     */
    List<Response> matching(Borough borough, ResponseFilter filter, Set<FormId> forms);

    /** Every response still linked to the participant. */
    List<Response> linkedTo(Borough borough, ParticipantRef participant);

    /** Stores the response with the events it recorded, in one write; a stale version is a conflict. */
    long save(Response response);
}
