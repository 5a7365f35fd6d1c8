package london.sanctuary.contracts.referrals;

import java.time.LocalDate;
import london.sanctuary.contracts.SessionType;

/**
 * One piece of engagement history in a referral package.
 *
 * @param kind {@link #SESSION_ATTENDED} or {@link #FORM_ANSWERED}
 * @param sessionType nullable: absent for answers to a standing form
 * @param answersJson nullable: the answers as JSON, only with the participant's LINK_FEEDBACK consent
 */
public record EngagementEntry(String kind, SessionType sessionType, LocalDate on, String answersJson) {

    public static final String SESSION_ATTENDED = "session-attended";
    public static final String FORM_ANSWERED = "form-answered";
}
