package london.sanctuary.referrals.incoming.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.referrals.referral.DeclineReason;

/**
 * The inbox's codes in the words a move-on team reads: boroughs by name, a status as a label with its GOV.UK tag
 * colour, decline reasons as their sentence, languages by English name and autonym, and other codes such as
 * {@code MENTAL_HEALTH} as "Mental health". The pages call it as {@code words}.
 */
public final class InboxWords {

    static final InboxWords WORDS = new InboxWords();

    private InboxWords() {}

    /** A status as the team reads it. */
    public record Tag(String label, String colour) {}

    public Tag status(String status) {
        return switch (status) {
            case "RECEIVED" -> new Tag("Needs a decision", "govuk-tag--blue");
            case "ACCEPTED" -> new Tag("Accepted", "govuk-tag--turquoise");
            case "IN_PROGRESS" -> new Tag("Support being arranged", "govuk-tag--purple");
            case "COMPLETED" -> new Tag("Completed", "govuk-tag--green");
            case "DECLINED" -> new Tag("Declined", "govuk-tag--pink");
            case "CANCELLED" -> new Tag("Cancelled by the sending borough", "govuk-tag--grey");
            case "WITHDRAWN" -> new Tag("Withdrawn by the sending borough", "govuk-tag--grey");
            default -> new Tag(code(status), "govuk-tag--grey");
        };
    }

    public String borough(String code) {
        return Borough.isKnown(code) ? Borough.of(code).name() : code;
    }

    public String declineReason(String code) {
        try {
            return DeclineReason.valueOf(code).sentence();
        } catch (IllegalArgumentException e) {
            return code(code);
        }
    }

    public String languages(List<String> tags) {
        return tags.stream().map(InboxWords::language).collect(Collectors.joining(", "));
    }

    public String codes(List<String> codes) {
        return codes.stream().map(this::code).collect(Collectors.joining(", "));
    }

    /** {@code ESOL} stays as it is; {@code MENTAL_HEALTH} reads "Mental health". */
    public String code(String code) {
        if (code == null || code.isEmpty() || !code.matches("[A-Z_]+") || code.length() <= 4) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String language(String tag) {
        try {
            return Language.of(tag).staffName();
        } catch (IllegalArgumentException e) {
            return tag;
        }
    }
}
