package london.sanctuary.workspace.moveon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * What the send form carries between its pages (form, check your answers, send) as plain fields: the referral's
 * id is chosen when the form is first shown, so sending twice sends once.
 *
 * @param note free text for the receiving team, sealed in the package; never logged
 */
public record ReferralDraft(
        String referralId,
        String participantRef,
        String toBorough,
        String reason,
        String moveDate,
        List<Support> support,
        String note) {

    /** The kinds of support the referrals service knows, in the order the form lists them. */
    public static final List<String> KINDS = List.of(
            "ESOL",
            "MENTAL_HEALTH",
            "GP_REGISTRATION",
            "SCHOOL_PLACE",
            "LEGAL_ADVICE",
            "SOCIAL_CONNECTION",
            "VOLUNTEERING",
            "OTHER");

    public static final List<String> REASONS =
            List.of("DISPERSAL", "MOVE_ON_AFTER_DECISION", "FAMILY_REUNION", "OTHER");

    public static final List<String> URGENCIES = List.of("ROUTINE", "SOON", "URGENT");

    public ReferralDraft {
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** A blank form for a person, with a fresh id. */
    static ReferralDraft blank(String participantRef) {
        return new ReferralDraft(UUID.randomUUID().toString(), participantRef, "", "", "", List.of(), "");
    }

    /** From the form's fields: {@code support} (kinds ticked), {@code urgency-KIND}, {@code level-KIND}. */
    static ReferralDraft from(String participantRef, MultiValueMap<String, String> form) {
        List<Support> support = new ArrayList<>();
        for (String kind : KINDS) {
            if (form.getOrDefault("support", List.of()).contains(kind)) {
                support.add(new Support(
                        kind,
                        text(form, "level-" + kind),
                        Optional.ofNullable(form.getFirst("urgency-" + kind))
                                .filter(URGENCIES::contains)
                                .orElse("ROUTINE")));
            }
        }
        String id = text(form, "referralId");
        return new ReferralDraft(
                id.isEmpty() ? UUID.randomUUID().toString() : id,
                participantRef,
                text(form, "toBorough"),
                text(form, "reason"),
                text(form, "moveDate"),
                support,
                text(form, "note"));
    }

    /** The move date, if it is one. */
    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.parse(moveDate));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** The support asked for this kind, if ticked (for the form). */
    public Optional<Support> asked(String kind) {
        return support.stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "ReferralDraft[" + referralId + ", personal data hidden]";
    }

    /** One kind of support to continue, how soon, and a level where it has one (ESOL Entry 2). */
    public record Support(String kind, String level, String urgency) {}
}
