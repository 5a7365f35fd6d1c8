package london.sanctuary.consent.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.LegalBasis;

/** A consent record as the API shows it; {@code controller} is the borough's code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentView(
        UUID consentId,
        ConsentPurpose purpose,
        String controller,
        LegalBasis legalBasis,
        ConsentMethod method,
        String language,
        String noticeVersion,
        String recordedBy,
        Instant grantedAt,
        Instant expiresAt,
        boolean toBeReconfirmed,
        Instant withdrawnAt,
        String withdrawalReason) {

    public static ConsentView of(ConsentRecord c) {
        return new ConsentView(
                c.consentId(),
                c.purpose(),
                c.controller().code(),
                c.legalBasis(),
                c.method(),
                c.language().tag(),
                c.noticeVersion(),
                c.recordedBy(),
                c.grantedAt(),
                c.expiresAt(),
                c.toBeReconfirmed(),
                c.withdrawnAt(),
                c.withdrawalReason());
    }
}
