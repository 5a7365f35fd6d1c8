package london.sanctuary.workspace.people;

import java.time.Instant;

/** An officer's task: a person asked on their own page to be erased; whose and since when, as the consent service answers it (decision 0066). */
public record ErasureTask(String participantRef, Instant askedAt) {}
