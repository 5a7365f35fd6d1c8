package london.sanctuary.feedback.response;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.fullAnswers;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.response.ResponseFixtures.AMIRA;
import static london.sanctuary.feedback.response.ResponseFixtures.DOES_NOT_HOLD;
import static london.sanctuary.feedback.response.ResponseFixtures.anonymous;
import static london.sanctuary.feedback.response.ResponseFixtures.linked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.InvalidAnswers;
import org.junit.jupiter.api.Test;

class ResponseTests {

    final Form form = published();

    @Test
    void aResponseIsAnonymousByDefaultAndRecordsItsSubmissionWithoutAParticipant() {
        // when
        Response response = anonymous(form);

        // then
        assertThat(response.participantRef()).isEmpty();
        assertThat(response.captureMethod()).isEqualTo(CaptureMethod.ONLINE);
        assertThat(response.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(ResponseEvents.Submitted.class, s -> {
                    assertThat(s.linkedTo()).isEmpty();
                    assertThat(s.language()).isEqualTo(Language.of("ar"));
                    assertThat(s.submittedAt()).isEqualTo(NOW);
                    assertThat(s.formId()).isEqualTo(form.id());
                });
    }

    @Test
    void aResponseIsLinkedToAParticipantWhoHoldsLinkFeedbackConsent() {
        // when
        Response response = linked(form);

        // then
        assertThat(response.participantRef()).contains(AMIRA);
        assertThat(response.captureMethod()).isEqualTo(CaptureMethod.INTERPRETER_ASSISTED);
        assertThat(((ResponseEvents.Submitted) response.recordedEvents().get(0)).linkedTo())
                .contains(AMIRA);
    }

    @Test
    void aResponseNamingAParticipantWithoutLinkFeedbackConsentIsRefusedNamingParticipantRef() {
        // given
        SubmitResponse command = new SubmitResponse(Language.of("ar"), CaptureMethod.PAPER, AMIRA, fullAnswers());
        Instant[] askedAt = new Instant[1];

        // when / then
        assertThatThrownBy(() -> Response.submit(
                        command,
                        form,
                        (borough, participant, at) -> {
                            askedAt[0] = at;
                            return false;
                        },
                        clockAt(NOW)))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("participantRef"));
        assertThat(askedAt[0]).isEqualTo(NOW);
    }

    @Test
    void answersThatDoNotFitTheFormAreRefusedBeforeConsentIsAsked() {
        SubmitResponse command =
                new SubmitResponse(Language.of("ar"), CaptureMethod.PAPER, AMIRA, Map.of("q2", List.of("7")));

        assertThatThrownBy(() -> Response.submit(
                        command,
                        form,
                        (b, p, at) -> {
                            throw new AssertionError("consent asked before the answers were checked");
                        },
                        clockAt(NOW)))
                .isInstanceOf(InvalidAnswers.class);
    }

    @Test
    void themingAddsOnlyTheThemesItDidNotHaveAndRecordsThemOnce() {
        // given
        Response response = anonymous(form);

        // when
        List<String> first = response.theme(List.of("food", "esol", "food"), clockAt(NOW));
        List<String> second = response.theme(List.of("esol", "travel"), clockAt(NOW));
        List<String> third = response.theme(List.of("travel"), clockAt(NOW));

        // then
        assertThat(first).containsExactly("food", "esol");
        assertThat(second).containsExactly("travel");
        assertThat(third).isEmpty();
        assertThat(response.themes()).containsExactly("food", "esol", "travel");
        assertThat(response.recordedEvents())
                .hasSize(3)
                .filteredOn(ResponseEvents.Themed.class::isInstance)
                .hasSize(2);
    }

    @Test
    void unlinkingRemovesTheParticipantButKeepsTheAnswersAndLaterThemesCarryNoParticipant() {
        // given
        Response response = linked(form);

        // when
        boolean unlinked = response.unlink(clockAt(NOW));
        response.theme(List.of("food"), clockAt(NOW));

        // then
        assertThat(unlinked).isTrue();
        assertThat(response.participantRef()).isEmpty();
        assertThat(response.answers().of("q1")).containsExactly("More ESOL classes in the evening");
        assertThat(response.recordedEvents().get(2))
                .isInstanceOfSatisfying(
                        ResponseEvents.Themed.class,
                        t -> assertThat(t.linkedTo()).isEmpty());
    }

    @Test
    void unlinkingAnAnonymousResponseChangesNothing() {
        Response response = anonymous(form);

        assertThat(response.unlink(clockAt(NOW))).isFalse();
        assertThat(response.recordedEvents()).hasSize(1);
    }

    @Test
    void aThemedLinkedResponseNamesItsParticipantInTheEvent() {
        Response response = linked(form);

        response.theme(List.of("food"), clockAt(NOW));

        assertThat(response.recordedEvents().get(1))
                .isInstanceOfSatisfying(
                        ResponseEvents.Themed.class,
                        t -> assertThat(t.linkedTo()).contains(AMIRA));
    }

    @Test
    void anOnlineSubmissionIsNeverLinked() {
        assertThat(SubmitResponse.online(Language.of("en"), fullAnswers()).participantRef())
                .isNull();
        assertThat(Response.submit(
                                SubmitResponse.online(Language.of("en"), fullAnswers()),
                                form,
                                DOES_NOT_HOLD,
                                clockAt(NOW))
                        .participantRef())
                .isEmpty();
    }

    @Test
    void aLinkedAnswerIsTypedAsTheReferralPackageHoldsAnswersOnTheDayInLondon() {
        // given
        Response response = linked(form);

        // when
        LinkedAnswer answer = LinkedAnswer.of(response, form);

        // then
        assertThat(answer.answers())
                .containsExactly(
                        Map.entry("q1", "More ESOL classes in the evening"),
                        Map.entry("q2", "1"),
                        Map.entry("q3", List.of("1", "3")),
                        Map.entry("q4", 4));
        assertThat(answer.answeredOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(answer.sessionId()).isEmpty();
        assertThat(answer.toString()).doesNotContain("ESOL");
    }
}
