package london.sanctuary.consent.retention;

import java.time.Instant;

/** A person whose record is past the borough's retention period: to erase, or to keep with a reason. */
public record DueForReview(Activity activity, Instant reviewDueAt) {}
