package london.sanctuary.feedback.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.feedback.form.Answers;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormId;

/**
 * One person's answers to a form. Anonymous unless linked: it keeps the answers, the language, how it was
 * captured and when, never who sent it or from where. It is linked to a participant only while they hold
 * {@code LINK_FEEDBACK} consent, and unlinked (the answers stay) when that consent ends.
 */
public final class Response {

    private final ResponseId id;
    private final Borough borough;
    private final FormId formId;
    private final Language language;
    private final CaptureMethod captureMethod;
    private final Instant submittedAt;
    private final Answers answers;
    private final Set<String> themes;
    private final Long version;
    private final List<ResponseEvents> recorded = new ArrayList<>();
    private ParticipantRef participantRef;

    private Response(
            ResponseId id,
            Borough borough,
            FormId formId,
            Language language,
            CaptureMethod captureMethod,
            Instant submittedAt,
            Answers answers,
            ParticipantRef participantRef,
            List<String> themes,
            Long version) {
        this.id = id;
        this.borough = borough;
        this.formId = formId;
        this.language = language;
        this.captureMethod = captureMethod;
        this.submittedAt = submittedAt;
        this.answers = answers;
        this.participantRef = participantRef;
        this.themes = new LinkedHashSet<>(themes);
        this.version = version;
    }

    /**
     * Checks the answers against the form and, when the command names a participant, that they hold
     * {@code LINK_FEEDBACK} now (else 422 naming {@code participantRef}); records the submission.
     */
    public static Response submit(SubmitResponse command, Form form, LinkConsent consent, Clock clock) {
        Answers answers = form.read(command.answers());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ParticipantRef ref = command.participantRef();
        if (ref != null && !consent.holds(form.borough(), ref, now)) {
            throw new RuleBroken(
                    "participantRef",
                    "The participant does not hold LINK_FEEDBACK consent, so the response cannot be linked to them;"
                            + " submit it without participantRef to keep it anonymous");
        }
        Response response = new Response(
                ResponseId.random(),
                form.borough(),
                form.id(),
                command.language(),
                command.captureMethod(),
                now,
                answers,
                ref,
                List.of(),
                null);
        response.recorded.add(new ResponseEvents.Submitted(
                response.id, form.id(), response.borough, ref, command.language(), command.captureMethod(), now));
        return response;
    }

    /** A response as stored; records nothing. */
    public static Response restore(
            ResponseId id,
            Borough borough,
            FormId formId,
            Language language,
            CaptureMethod captureMethod,
            Instant submittedAt,
            Answers answers,
            ParticipantRef participantRef,
            List<String> themes,
            long version) {
        return new Response(
                id, borough, formId, language, captureMethod, submittedAt, answers, participantRef, themes, version);
    }

    /**
     * Adds the themes it does not have yet (the caller has checked they are on the borough's list) and records
     * them; answers the themes added, none when it had them all already.
     */
    public List<String> theme(List<String> codes, Clock clock) {
        List<String> added = codes.stream().distinct().filter(themes::add).toList();
        if (!added.isEmpty()) {
            recorded.add(new ResponseEvents.Themed(
                    id, formId, borough, participantRef, added, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return added;
    }

    /** Removes the link to the participant, keeping the answers; says whether it was linked. */
    public boolean unlink(Clock clock) {
        if (participantRef == null) {
            return false;
        }
        participantRef = null;
        recorded.add(new ResponseEvents.Unlinked(id, borough, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return true;
    }

    public ResponseId id() {
        return id;
    }

    public Borough borough() {
        return borough;
    }

    public FormId formId() {
        return formId;
    }

    public Language language() {
        return language;
    }

    public CaptureMethod captureMethod() {
        return captureMethod;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Answers answers() {
        return answers;
    }

    public Optional<ParticipantRef> participantRef() {
        return Optional.ofNullable(participantRef);
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public Long version() {
        return version;
    }

    public List<ResponseEvents> recordedEvents() {
        return List.copyOf(recorded);
    }
}
