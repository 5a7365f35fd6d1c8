package london.sanctuary.feedback.response;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.fullAnswers;

import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.Form;

/** Responses to test with, to {@link london.sanctuary.feedback.form.FormFixtures#published()}. */
public final class ResponseFixtures {

    public static final ParticipantRef AMIRA =
            new ParticipantRef(UUID.fromString("6f1c2b1e-3d4a-4c6b-9a8e-1f2d3c4b5a69"));
    public static final LinkConsent HOLDS = (borough, participant, at) -> true;
    public static final LinkConsent DOES_NOT_HOLD = (borough, participant, at) -> false;

    private ResponseFixtures() {}

    public static Response anonymous(Form form) {
        return Response.submit(
                SubmitResponse.online(Language.of("ar"), fullAnswers()), form, DOES_NOT_HOLD, clockAt(NOW));
    }

    public static Response linked(Form form) {
        return Response.submit(
                new SubmitResponse(Language.of("prs"), CaptureMethod.INTERPRETER_ASSISTED, AMIRA, fullAnswers()),
                form,
                HOLDS,
                clockAt(NOW));
    }
}
