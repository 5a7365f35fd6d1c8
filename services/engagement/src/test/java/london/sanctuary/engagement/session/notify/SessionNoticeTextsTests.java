package london.sanctuary.engagement.session.notify;

import static london.sanctuary.engagement.session.notify.NotifySessionNoticesTests.notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import london.sanctuary.engagement.session.NoticeKind;
import org.junit.jupiter.api.Test;

class SessionNoticeTextsTests {

    final SessionNoticeTexts texts = new SessionNoticeTexts();

    @Test
    void anEnglishReminderSaysWhatWhenAndWhereInLondonTime() {
        // given a session at 18:30 UTC on 2 March, 6:30pm in London (GMT)
        var reminder = notice(UUID.randomUUID(), NoticeKind.SESSION_REMINDER, "en", "Housing conditions");

        // when / then
        assertThat(texts.message(reminder))
                .isEqualTo("Reminder: Housing conditions is tomorrow, Tuesday 2 March, at 6:30pm,"
                        + " at Forest Gate Community Centre. We look forward to seeing you.");
        assertThat(texts.subject(reminder)).isEqualTo("Reminder: Housing conditions is tomorrow");
    }

    @Test
    void anArabicNoticeIsWrittenInArabic() {
        // given
        var moved = notice(UUID.randomUUID(), NoticeKind.SESSION_RESCHEDULED, "ar", "ظروف السكن");

        // when / then
        assertThat(texts.message(moved))
                .startsWith("تغيّر موعد ظروف السكن. الموعد الجديد")
                .contains("18:30", "Forest Gate Community Centre");
    }

    @Test
    void aLanguageWithoutItsOwnWordsFallsBackToEnglish() {
        // given a Tigrinya speaker, whose notices are not written yet
        var cancelled = notice(UUID.randomUUID(), NoticeKind.SESSION_CANCELLED, "ti", "Housing conditions");

        // when / then
        assertThat(texts.message(cancelled))
                .isEqualTo("Housing conditions on Tuesday 2 March is cancelled. We are sorry. We will tell you about"
                        + " the next one.");
    }

    @Test
    void everyKindOfNoticeHasWordsInEveryLanguageWritten() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : new String[] {"en", "ar"}) {
                var notice = notice(UUID.randomUUID(), kind, language, "T");
                assertThat(texts.message(notice)).as(kind + " " + language).contains("T");
                assertThat(texts.subject(notice)).as(kind + " " + language).contains("T");
            }
        }
    }
}
