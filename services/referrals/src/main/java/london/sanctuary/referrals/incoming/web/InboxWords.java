package london.sanctuary.referrals.incoming.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> ACRONYMS = Set.of("ESOL", "GP");

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

    public String codes(List<String> codes) {
        return codes.stream().map(this::code).collect(Collectors.joining(", "));
    }

    /** {@code MENTAL_HEALTH} reads "Mental health", {@code GP_REGISTRATION} "GP registration", {@code ESOL} itself. */
    public String code(String code) {
        if (code == null || !code.matches("[A-Z_]+")) {
            return code;
        }
        String words = Arrays.stream(code.split("_"))
                .map(word -> ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.UK))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A language for a staff page: the English name, and the autonym marked with its own {@code lang} and dir. */
    public record LanguageName(String tag, String englishName, String autonym, String dir) {

        /** Whether the autonym says more than the English name. */
        public boolean hasAutonym() {
            return !autonym.equals(englishName);
        }
    }

    public List<LanguageName> languageNames(List<String> tags) {
        return tags.stream().map(InboxWords::languageName).toList();
    }

    private static LanguageName languageName(String tag) {
        try {
            Language language = Language.of(tag);
            return new LanguageName(
                    language.tag(), language.englishName(), language.autonym(), language.rightToLeft() ? "rtl" : "ltr");
        } catch (IllegalArgumentException e) {
            return new LanguageName(tag, tag, tag, "ltr");
        }
    }
}
