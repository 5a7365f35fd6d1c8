package london.sanctuary.consent.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.Confirmation;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.WithdrawalMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;

/**
 * A consent record as the API shows it; {@code controller} is the borough's code, {@code interpreter} the
 * language an interpreter interpreted in (absent: none), {@code confirmations} each re-confirmation.
 */
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
        String withdrawalReason,
        WithdrawalMethod withdrawalMethod,
        String interpreter,
        List<ConfirmationView> confirmations) {

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
                c.withdrawalReason(),
                c.withdrawalMethod(),
                tagOf(c.interpreter()),
                c.confirmations().stream().map(ConfirmationView::of).toList());
    }

    private static String tagOf(Language language) {
        return language == null ? null : language.tag();
    }

    /** One re-confirmation: how, in which language, under which notice, to whom (subject) and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfirmationView(
            ConsentMethod method,
            String language,
            String noticeVersion,
            String interpreter,
            String confirmedBy,
            Instant confirmedAt) {

        static ConfirmationView of(Confirmation c) {
            return new ConfirmationView(
                    c.method(),
                    c.language().tag(),
                    c.noticeVersion(),
                    tagOf(c.interpreter()),
                    c.confirmedBy(),
                    c.confirmedAt());
        }
    }
}
