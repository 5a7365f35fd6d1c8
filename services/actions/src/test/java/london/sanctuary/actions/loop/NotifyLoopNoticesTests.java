package london.sanctuary.actions.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.loop.notify.NotifyLoopNotices;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.RecordingGateway;
import london.sanctuary.platform.notify.RecordingGateway.Call;
import org.junit.jupiter.api.Test;

class NotifyLoopNoticesTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final UUID BY_PHONE = UUID.randomUUID();
    static final UUID BY_EMAIL = UUID.randomUUID();
    static final UUID UNREACHABLE = UUID.randomUUID();

    final RecordingGateway notify = new RecordingGateway();
    final ContactDirectory contacts = (borough, ref) -> {
        if (ref.equals(BY_PHONE)) {
            return Optional.of(new ContactDirectory.Contact("07700900123", "a@example.org"));
        }
        if (ref.equals(BY_EMAIL)) {
            return Optional.of(new ContactDirectory.Contact(null, "b@example.org"));
        }
        return Optional.empty();
    };
    final NotifyLoopNotices notices = new NotifyLoopNotices(contacts, notify, "sms-template", "email-template");

    @Test
    void aParticipantWithAPhoneNumberGetsAnSmsWithTheStatementAndAReferenceThatNamesOnlyTheAction() {
        // given
        Notice notice = notice(BY_PHONE);

        // when
        boolean sent = notices.send(notice);

        // then
        assertThat(sent).isTrue();
        assertThat(notify.calls)
                .containsExactly(new Call(
                        "sms",
                        "sms-template",
                        "07700900123",
                        Map.of("statement", "غيّرنا القائمة"),
                        "action-" + notice.actionId()));
        assertThat(notify.calls.get(0).reference()).doesNotContain(BY_PHONE.toString());
    }

    @Test
    void aParticipantWithOnlyAnEmailAddressGetsAnEmail() {
        // when
        notices.send(notice(BY_EMAIL));

        // then
        assertThat(notify.calls).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("email");
            assertThat(c.template()).isEqualTo("email-template");
            assertThat(c.to()).isEqualTo("b@example.org");
        });
    }

    @Test
    void aParticipantWithNoContactDetailsIsNotSentAnything() {
        assertThat(notices.send(notice(UNREACHABLE))).isFalse();
        assertThat(notify.calls).isEmpty();
    }

    @Test
    void aRefusalFromNotifyCountsAsNotSent() {
        // given
        notify.refusing = true;

        // when / then
        assertThat(notices.send(notice(BY_PHONE))).isFalse();
    }

    private static Notice notice(UUID ref) {
        return new Notice(NEWHAM, ref, ActionId.random(), Language.of("ar"), "غيّرنا القائمة");
    }
}
