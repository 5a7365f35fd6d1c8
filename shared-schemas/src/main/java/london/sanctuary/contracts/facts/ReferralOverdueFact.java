package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a referral passed its respond-by time.
 *
 * <p>Type {@code london.sanctuary.facts.referral-overdue.v1}, schema {@code schemas/facts/referral-overdue.v1.schema.json}.
 */
public record ReferralOverdueFact(String fromBorough, String toBorough, LocalDate flaggedOn) implements Contract {}
