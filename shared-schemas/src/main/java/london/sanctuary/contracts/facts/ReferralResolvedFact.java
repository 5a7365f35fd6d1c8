package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a referral reached a decision or an end.
 *
 * <p>Type {@code london.sanctuary.facts.referral-resolved.v1}, schema {@code schemas/facts/referral-resolved.v1.schema.json}.
 * Nullable (absent from the JSON): {@code hoursToDecision}.
 */
public record ReferralResolvedFact(
        String fromBorough, String toBorough, String outcome, LocalDate resolvedOn, Integer hoursToDecision)
        implements Contract {}
