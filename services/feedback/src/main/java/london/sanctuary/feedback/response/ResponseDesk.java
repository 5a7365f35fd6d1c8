package london.sanctuary.feedback.response;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.theme.ThemeCatalogue;

/** Takes responses (online or captured by staff), tags them with themes, and unlinks them when consent ends. */
public class ResponseDesk {

    private final FormDesk forms;
    private final Responses responses;
    private final ThemeCatalogue themes;
    private final LinkConsent consent;
    private final Clock clock;

    public ResponseDesk(FormDesk forms, Responses responses, ThemeCatalogue themes, LinkConsent consent, Clock clock) {
        this.forms = forms;
        this.responses = responses;
        this.themes = themes;
        this.consent = consent;
        this.clock = clock;
    }

    /** A participant's answers from the public page: online and anonymous. */
    public Response submitOnline(Form form, SubmitResponse command) {
        return store(Response.submit(command, form, consent, clock));
    }

    /** Answers staff entered from paper, with an interpreter or on a tablet. */
    public Response capture(Borough borough, FormId formId, SubmitResponse command) {
        if (command.captureMethod() == CaptureMethod.ONLINE) {
            throw new InvalidValue("captureMethod", "staff capture is PAPER, INTERPRETER_ASSISTED or STAFF_TABLET");
        }
        Response response = store(Response.submit(command, forms.find(borough, formId), consent, clock));
        // consent may have been withdrawn while this was being written: never leave a link it no longer allows
        response.participantRef()
                .filter(ref -> !consent.holds(borough, ref, clock.instant()))
                .ifPresent(ref -> unlinkAll(borough, ref));
        return response;
    }

    public List<String> theme(Borough borough, ResponseId id, List<String> codes) {
        List<String> known = themes.check(borough, codes);
        Response response = find(borough, id);
        List<String> added = response.theme(known, clock);
        responses.save(response);
        return added;
    }

    public Response find(Borough borough, ResponseId id) {
        return responses.find(borough, id).orElseThrow(() -> new NotFound("Response"));
    }

    public List<Response> ofForm(Borough borough, FormId formId) {
        return responses.ofForm(borough, forms.find(borough, formId).id());
    }

    /**
     * The answers of every response linked to the participant, oldest first — only while they hold {@code
     * LINK_FEEDBACK} in this service's ledger; otherwise the "not found" an unknown participant gets, so the caller
     * cannot tell which. Anonymous responses are never linked, so never among them.
     */
    public List<LinkedAnswer> linkedAnswers(Borough borough, ParticipantRef participant) {
        if (!consent.holds(borough, participant, clock.instant())) {
            throw new NotFound("Participant");
        }
        return responses.linkedTo(borough, participant).stream()
                .filter(r -> r.participantRef().filter(participant::equals).isPresent())
                .map(r -> LinkedAnswer.of(r, forms.find(borough, r.formId())))
                .toList();
    }

    /**
     * Every response still linked to the participant, oldest first, with its answers, for their subject access
     * request. Whatever LINK_FEEDBACK says now: this is what the borough holds about them until they are unlinked.
     * Someone unknown here, or never linked, has none; the two are not told apart.
     */
    public List<LinkedResponse> ofParticipant(Borough borough, ParticipantRef participant) {
        return responses.linkedTo(borough, participant).stream()
                .filter(r -> r.participantRef().filter(participant::equals).isPresent())
                .map(r -> LinkedResponse.of(r, forms.find(borough, r.formId())))
                .toList();
    }

    /** Removes the participant's link from every response of theirs in the borough; answers how many. */
    public int unlinkAll(Borough borough, ParticipantRef participant) {
        int unlinked = 0;
        for (Response response : responses.linkedTo(borough, participant)) {
            if (response.unlink(clock)) {
                responses.save(response);
                unlinked++;
            }
        }
        return unlinked;
    }

    private Response store(Response response) {
        responses.save(response);
        return response;
    }
}
