package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;

/**
 * Anonymised: a move-on referral was sent between boroughs.
 *
 * <p>Type {@code london.sanctuary.facts.referral-sent.v1}, schema {@code schemas/facts/referral-sent.v1.schema.json}.
 * Lists are never null.
 */
public record ReferralSentFact(
        String fromBorough, String toBorough, ReferralReason reason, List<SupportKind> support, LocalDate sentOn)
        implements Contract {
    public ReferralSentFact {
        support = support == null ? List.of() : List.copyOf(support);
    }
}
