package london.sanctuary.contracts.referrals;

import london.sanctuary.contracts.SupportKind;

/**
 * Support the receiving borough is asked to continue.
 *
 * @param level nullable, e.g. {@code ESOL Entry 2}
 * @param note nullable free text for the receiving team
 * @param urgency {@code ROUTINE}, {@code SOON} or {@code URGENT}
 */
public record SupportItem(SupportKind kind, String level, String note, String urgency) {}
