package london.sanctuary.referrals.outgoing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.referrals.referral.SendReferral;
import london.sanctuary.referrals.referral.SupportNeed;
import london.sanctuary.referrals.referral.Urgency;

/** The body of a send; every field checked and named when wrong. Never logged: the note is free text. */
record SendRequest(
        String referralId,
        String participantRef,
        String toBorough,
        String reason,
        String moveDate,
        List<SupportRequest> support,
        String note) {

    SendReferral toCommand() {
        List<SupportNeed> needs = support == null
                ? List.of()
                : support.stream()
                        .map(s -> {
                            if (s == null) {
                                throw new InvalidValue("support", "must not hold empty items");
                            }
                            return s.toNeed();
                        })
                        .toList();
        return new SendReferral(
                referralId == null ? null : ReferralId.of(uuid("referralId", referralId)),
                participantRef == null ? null : ParticipantRef.of(uuid("participantRef", participantRef)),
                borough(toBorough),
                reason == null ? null : named("reason", ReferralReason.class, reason),
                date(moveDate),
                needs,
                note);
    }

    private static Borough borough(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Borough.of(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("toBorough", "must be a London borough code such as barnet");
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue("moveDate", "must be a date such as 2026-12-10");
        }
    }

    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "must be a UUID");
        }
    }

    static <E extends Enum<E>> E named(String field, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    @Override
    public String toString() {
        return "SendRequest[personal data hidden]";
    }

    /** One support item of the body. */
    record SupportRequest(String kind, String level, String note, String urgency) {

        SupportNeed toNeed() {
            return new SupportNeed(
                    kind == null ? null : named("support.kind", SupportKind.class, kind),
                    level,
                    note,
                    urgency == null ? null : named("support.urgency", Urgency.class, urgency));
        }

        @Override
        public String toString() {
            return "SupportRequest[" + kind + "]";
        }
    }
}
