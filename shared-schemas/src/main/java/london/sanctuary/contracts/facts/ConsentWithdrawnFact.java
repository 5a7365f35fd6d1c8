package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a consent was withdrawn in a borough.
 *
 * <p>Type {@code london.sanctuary.facts.consent-withdrawn.v1}, schema {@code schemas/facts/consent-withdrawn.v1.schema.json}.
 */
public record ConsentWithdrawnFact(String borough, ConsentPurpose purpose, LocalDate withdrawnOn) implements Contract {}
