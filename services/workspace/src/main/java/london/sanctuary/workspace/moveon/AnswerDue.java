package london.sanctuary.workspace.moveon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The SLA clock of an undecided referral in words: "answer due in 2 days 4 hours", or "answer overdue by 5 hours"
 * once past respond-by (shown in red). A referral decided or ended has no clock.
 */
public record AnswerDue(String words, boolean overdue) {

    static Optional<AnswerDue> of(SentReferral referral, Instant now, MessageSource messages, Locale locale) {
        if (!referral.undecided() || referral.respondBy() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, referral.respondBy());
        boolean overdue = left.isNegative() || referral.overdue();
        String span = span(left.abs(), messages, locale);
        String key = overdue ? "moveon.due.overdue" : "moveon.due.in";
        return Optional.of(new AnswerDue(messages.getMessage(key, new Object[] {span}, locale), overdue));
    }

    private static String span(Duration length, MessageSource messages, Locale locale) {
        long days = length.toDays();
        long hours = length.toHoursPart();
        if (days == 0 && hours == 0) {
            return messages.getMessage("moveon.due.under-an-hour", null, locale);
        }
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(messages.getMessage("moveon.due.days", new Object[] {days}, locale));
        }
        if (hours > 0) {
            parts.add(messages.getMessage("moveon.due.hours", new Object[] {hours}, locale));
        }
        return String.join(" ", parts);
    }
}
