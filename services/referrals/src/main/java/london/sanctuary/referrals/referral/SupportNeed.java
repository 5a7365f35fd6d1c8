package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * One piece of support the receiving borough is asked to continue. It travels only inside the encrypted package:
 * the note is free text the sending team wrote.
 *
 * @param level nullable, such as {@code ESOL Entry 2}
 * @param note nullable
 */
public record SupportNeed(SupportKind kind, String level, String note, Urgency urgency) {

    public SupportNeed {
        if (kind == null) {
            throw new InvalidValue("support.kind", "is required, one of " + java.util.List.of(SupportKind.values()));
        }
        if (urgency == null) {
            throw new InvalidValue("support.urgency", "is required, one of " + java.util.List.of(Urgency.values()));
        }
        level = FreeText.optional("support.level", level, 100);
        note = FreeText.optional("support.note", note, 1000);
    }

    @Override
    public String toString() {
        return "SupportNeed[" + kind + ", " + urgency + "]";
    }
}
