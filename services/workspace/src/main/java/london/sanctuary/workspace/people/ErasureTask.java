package london.sanctuary.workspace.people;

import java.time.Instant;

/** A person's open request, made on their own page, to be erased: whose and since when (decision 0066). */
public record ErasureRequest(String participantRef, Instant askedAt) {}
