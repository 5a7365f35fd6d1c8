package london.sanctuary.feedback.response;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
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

    /**
     * Adds the themes to every response named, all or nothing: a theme not offered ({@code themes}) or a response
     * not of this borough ({@code responseIds[i]}) is refused before anything is recorded. Answers the themes added
     * to each response.
     */
    public Map<ResponseId, List<String>> themeAll(Borough borough, List<ResponseId> ids, List<String> codes) {
        List<String> known = themes.check(borough, codes);
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValue("responseIds", "name at least one response");
        }
        List<Response> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int at = i;
            found.add(responses
                    .find(borough, ids.get(i))
                    .orElseThrow(
                            () -> new InvalidValue("responseIds[" + at + "]", "is not a response of this borough")));
        }
        Map<ResponseId, List<String>> added = new LinkedHashMap<>();
        for (Response response : found) {
            added.put(response.id(), response.theme(known, clock));
        }
        found.forEach(responses::save);
        return added;
    }

    /** A staff translation of one written answer, kept with the response. */
    public Response translate(Borough borough, ResponseId id, String questionId, Language language, String text) {
        Translation translation =
                new Translation(language, text, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Response response = find(borough, id);
        response.translate(forms.find(borough, response.formId()), questionId, translation);
        responses.save(response);
        return response;
    }

    /** The borough's responses by form, session, days, language and theme, newest first. */
    public List<Response> matching(Borough borough, ResponseFilter filter) {
        if (filter.theme() != null && !themes.known(borough, filter.theme())) {
            throw new InvalidValue("theme", "is not on the borough's theme list");
        }
        Set<FormId> ofForms = null;
        if (filter.session().isPresent()) {
            ofForms = forms.list(borough).stream()
                    .filter(f -> f.sessionId().equals(filter.session()))
                    .map(Form::id)
                    .filter(id -> filter.form().map(id::equals).orElse(true))
                    .collect(Collectors.toSet());
        } else if (filter.form().isPresent()) {
            ofForms = Set.of(filter.formId());
        }
        if (ofForms != null && ofForms.isEmpty()) {
            return List.of();
        }
        return responses.matching(borough, filter, ofForms);
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
