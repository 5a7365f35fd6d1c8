package london.sanctuary.actions.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;

class OnceEachTests {

    final Set<Notice> logged = new HashSet<>();
    final List<Notice> sent = new ArrayList<>();
    final NoticeLog log = new NoticeLog() {
        @Override
        public boolean has(Notice notice) {
            return logged.contains(notice);
        }

        @Override
        public void record(Notice notice) {
            logged.add(notice);
        }
    };
    final Notice notice =
            new Notice(Borough.of("newham"), UUID.randomUUID(), ActionId.random(), Language.of("ar"), "تم");

    @Test
    void aNoticeSentOnceIsNotSentAgainButStillCountsAsTold() {
        // given
        OnceEach once = new OnceEach(log, n -> sent.add(n));

        // when
        boolean first = once.send(notice);
        boolean second = once.send(notice);

        // then
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(sent).containsExactly(notice);
    }

    @Test
    void aNoticeThatDidNotGoIsNotLoggedSoItCanBeTriedAgain() {
        // given
        OnceEach failing = new OnceEach(log, n -> false);

        // when
        boolean went = failing.send(notice);

        // then
        assertThat(went).isFalse();
        assertThat(logged).isEmpty();
    }
}
