package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a consent was recorded in a borough.
 *
 * <p>Type {@code london.sanctuary.facts.consent-recorded.v1}, schema {@code schemas/facts/consent-recorded.v1.schema.json}.
 */
public record ConsentRecordedFact(
        String borough, ConsentPurpose purpose, ConsentMethod method, String language, LocalDate recordedOn)
        implements Contract {}
