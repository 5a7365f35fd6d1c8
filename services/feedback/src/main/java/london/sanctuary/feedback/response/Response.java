package london.sanctuary.feedback.response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.feedback.form.Answers;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.QuestionType;

/**
 * One person's answers to a form. Anonymous unless linked: it keeps the answers, the language, how it was
 * captured and when, never who sent it or from where. It is linked to a participant only while they hold
 * {@code LINK_FEEDBACK} consent, and unlinked (the answers stay) when that consent ends. It counts for the day it
 * was answered: the day entered, or the captured-on day of a paper or interpreter-assisted answer. Staff
 * translations of written answers are kept with it, each marked as a translation.
 */
public final class Response {

    /** Days are London's: a paper sheet from Monday evening counts for Monday. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ResponseId id;
    private final Borough borough;
    private final FormId formId;
    private final Language language;
    private final CaptureMethod captureMethod;
    private final Instant submittedAt;
    private final LocalDate answeredOn;
    private final Answers answers;
    private final Map<String, Translation> translations;
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
            LocalDate answeredOn,
            Answers answers,
            Map<String, Translation> translations,
            ParticipantRef participantRef,
            List<String> themes,
            Long version) {
        this.id = id;
        this.borough = borough;
        this.formId = formId;
        this.language = language;
        this.captureMethod = captureMethod;
        this.submittedAt = submittedAt;
        this.answeredOn = answeredOn == null ? LocalDate.ofInstant(submittedAt, LONDON) : answeredOn;
        this.answers = answers;
        this.translations = new LinkedHashMap<>(translations);
        this.participantRef = participantRef;
        this.themes = new LinkedHashSet<>(themes);
        this.version = version;
    }

    /**
     * Checks the answers against the form and, when the command names a participant, that they hold
     * {@code LINK_FEEDBACK} now (else 422 naming {@code participantRef}), and that a captured-on day is neither in
     * the future nor before the form was published (422 naming {@code capturedOn}); records the submission.
     */
    public static Response submit(SubmitResponse command, Form form, LinkConsent consent, Clock clock) {
        Answers answers = form.read(command.answers());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate answeredOn = answeredOn(command.capturedOn(), form, now);
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
                answeredOn,
                answers,
                Map.of(),
                ref,
                List.of(),
                null);
        response.recorded.add(new ResponseEvents.Submitted(
                response.id,
                form.id(),
                response.borough,
                ref,
                command.language(),
                command.captureMethod(),
                now,
                answeredOn));
        return response;
    }

    private static LocalDate answeredOn(LocalDate capturedOn, Form form, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        if (capturedOn == null) {
            return today;
        }
        if (capturedOn.isAfter(today)) {
            throw new RuleBroken(
                    "capturedOn", "is in the future: give the day the answer was written, today at the latest");
        }
        LocalDate published = LocalDate.ofInstant(form.publishedAt(), LONDON);
        if (capturedOn.isBefore(published)) {
            throw new RuleBroken(
                    "capturedOn", "is before the form was published on " + published + ": check the date on the sheet");
        }
        return capturedOn;
    }

    /** A response as stored; records nothing. */
    public static Response restore(
            ResponseId id,
            Borough borough,
            FormId formId,
            Language language,
            CaptureMethod captureMethod,
            Instant submittedAt,
            LocalDate answeredOn,
            Answers answers,
            Map<String, Translation> translations,
            ParticipantRef participantRef,
            List<String> themes,
            long version) {
        return new Response(
                id,
                borough,
                formId,
                language,
                captureMethod,
                submittedAt,
                answeredOn,
                answers,
                translations,
                participantRef,
                themes,
                version);
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

    /**
     * Keeps a staff translation of the written answer to {@code questionId} (replacing an earlier one); refuses a
     * question that is not a written one answered here (400 {@code questionId}) or a translation into the answer's
     * own language (422 {@code language}). Records that it was translated, never the text.
     */
    public void translate(Form form, String questionId, Translation translation) {
        boolean written = form.question(questionId)
                .filter(q -> q.type() == QuestionType.FREE_TEXT)
                .isPresent();
        if (!written || answers.of(questionId).isEmpty()) {
            throw new InvalidValue("questionId", "is not a written answer of this response");
        }
        if (translation.language().equals(language)) {
            throw new RuleBroken("language", "is the language the answer was written in");
        }
        translations.put(questionId, translation);
        recorded.add(new ResponseEvents.Translated(
                id, borough, questionId, translation.language(), translation.translatedAt()));
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

    /** The day it counts for: the captured-on day of a paper answer, else the day it was submitted in London. */
    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Answers answers() {
        return answers;
    }

    /** Staff translations by question id. */
    public Map<String, Translation> translations() {
        return Map.copyOf(translations);
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
